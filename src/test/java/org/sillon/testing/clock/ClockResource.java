package org.sillon.testing.clock;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

/**
 * {@code /api/test/clock}, in the integration tests' deployment only (added with {@link MovableClock}): reads,
 * moves and restores the application's clock, for an administrator. Hidden from the OpenAPI document, which
 * describes the product's API.
 */
@Path("test/clock")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Audience.ADMINS)
public class ClockResource {

    /** Where to move: a date and time on a Paris wall clock, as "2027-01-31T10:00". */
    public record Move(String to) {
    }

    /** What the application's clock reads, and how far from real time. */
    public record Reading(Instant instant, LocalDateTime parisTime, LocalDate today, long offsetSeconds) {
    }

    @Inject
    MovableClock movable;

    @Inject
    Clock clock;

    @GET
    @Operation(hidden = true)
    public Reading read() {
        return new Reading(clock.instant(), LocalDateTime.now(clock), LocalDate.now(clock),
                movable.offset().toSeconds());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Reading move(Move move) {
        if (move == null || move.to() == null) {
            throw ProblemException.invalid("to", Message.of("required"));
        }
        try {
            movable.moveTo(LocalDateTime.parse(move.to()));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("to", Message.of("dateTime.example"));
        }
        return read();
    }

    @DELETE
    @Operation(hidden = true)
    public Reading restore() {
        movable.restore();
        return read();
    }
}
