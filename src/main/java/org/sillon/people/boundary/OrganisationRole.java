package org.sillon.people.boundary;

/** What an organisation is to the association; one organisation may be several (a CCAS partner and funder). */
public enum OrganisationRole {
    CLIENT, PARTNER, FUNDER
}
