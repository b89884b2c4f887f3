package org.sillon.people.boundary;

/** What another component may know of a household; fetched in batches by {@link Households#cards}. */
public record HouseholdCard(long id, String name, HouseholdStatus status, Long mainContactId) {
}
