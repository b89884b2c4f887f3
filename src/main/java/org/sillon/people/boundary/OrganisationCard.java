package org.sillon.people.boundary;

/** What another component may know of an organisation; fetched in batches by {@link Organisations#cards}. */
public record OrganisationCard(long id, String name) {
}
