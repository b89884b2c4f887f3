package org.sillon.people.boundary;

/**
 * Asked before a person is deleted (see {@link Deletion}): refuse, or remove or unlink the rows about them.
 * Not fired by a merge, whose merged person goes after {@link PersonsMerged} moved everything.
 */
public final class PersonDeleting extends Deletion {

    private final long personId;

    public PersonDeleting(long personId) {
        this.personId = personId;
    }

    public long personId() {
        return personId;
    }
}
