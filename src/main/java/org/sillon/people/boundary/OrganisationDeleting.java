package org.sillon.people.boundary;

/** Asked before an organisation is deleted (see {@link Deletion}). */
public final class OrganisationDeleting extends Deletion {

    private final long organisationId;

    public OrganisationDeleting(long organisationId) {
        this.organisationId = organisationId;
    }

    public long organisationId() {
        return organisationId;
    }
}
