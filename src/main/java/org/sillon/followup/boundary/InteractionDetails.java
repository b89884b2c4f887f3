package org.sillon.followup.boundary;

import java.time.Instant;

/** What an interaction says, as a form or the API sends it. */
public record InteractionDetails(InteractionKind kind, Instant occurredAt, String subject, String notes, Long personId,
        Long organisationId) {
}
