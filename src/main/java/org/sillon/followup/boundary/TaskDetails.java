package org.sillon.followup.boundary;

import java.time.LocalDate;

/** What a task says, as a form or the API sends it; the owner is a staff username checked by the facade. */
public record TaskDetails(String title, String notes, LocalDate dueOn, String owner, Long personId,
        Long organisationId, Long householdId) {
}
