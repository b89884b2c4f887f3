package org.sillon.people.boundary;

/** What another component may know of a person to name and link them; fetched in batches by {@link Persons#cards}. */
public record PersonCard(long id, String firstName, String lastName, String email, Long householdId) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
