package org.sillon.people.boundary;

/** Asked before a household is deleted (see {@link Deletion}); its members stay, in no household. */
public final class HouseholdDeleting extends Deletion {

    private final long householdId;

    public HouseholdDeleting(long householdId) {
        this.householdId = householdId;
    }

    public long householdId() {
        return householdId;
    }
}
