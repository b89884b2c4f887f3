package org.sillon.people.boundary;

import java.io.Serializable;
import java.util.List;

/** A household as other components read it, fetched in batches ({@code Households.cards}). */
public record HouseholdCard(long id, String name, HouseholdStatus status, Member mainContact, List<Member> members)
        implements Serializable {

    /** A member by id and name; the main contact is one of the members. */
    public record Member(long personId, String name) implements Serializable {
    }
}
