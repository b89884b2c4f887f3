package org.sillon.people.boundary;

/** What kind of organisation: restaurants and crèches buy, social partners orient, funders pay. */
public enum OrganisationKind {
    RESTAURANT, NURSERY, COMPANY, SOCIAL_PARTNER, PUBLIC_BODY, ASSOCIATION, OTHER
}
