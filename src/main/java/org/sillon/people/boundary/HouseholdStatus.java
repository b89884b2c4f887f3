package org.sillon.people.boundary;

/**
 * Where a household stands with the association: prospect (known, not yet a member), active, lapsed (en
 * sommeil: membership expired or paused) and left (parti). The dues component will drive it from payments.
 */
public enum HouseholdStatus {
    PROSPECT, ACTIVE, LAPSED, LEFT
}
