package org.sillon.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Moves the clock of the application under test, and puts it back when closed:
 * <pre>
 * try (MovedClock clock = MovedClock.to(api, LocalDate.of(2027, 1, 31))) {
 *     ... the application believes it is 31 January 2027, 10:00 in Paris, and time goes on from there
 *     clock.to(LocalDate.of(2027, 2, 1));   // step on, within the same block
 * }                                         // real time again, even when the test failed
 * </pre>
 * Always in a try-with-resources: the server is shared by every test class, in no set order. The clock moves
 * by an offset from real time, so it keeps ticking (see {@code testing.clock.MovableClock}). Moving while it
 * is already moved is refused: that means a test forgot to put it back.
 */
public final class MovedClock implements AutoCloseable {

    /** A moved day starts at this time in Paris: far from midnight, so a test does not run into the next day. */
    public static final LocalTime DAY_TIME = LocalTime.of(10, 0);

    private static final String PATH = "/api/test/clock";

    /** What the application's clock reads. */
    public record Reading(Instant instant, LocalDateTime parisTime, LocalDate today, Duration offset) {
    }

    private final Api admin;

    private MovedClock(Api api) {
        this.admin = api.admin();
    }

    /** Moves the application to {@code day}, at {@link #DAY_TIME} in Paris. */
    public static MovedClock to(Api api, LocalDate day) {
        return to(api, day.atTime(DAY_TIME));
    }

    /** Moves the application to {@code parisTime}, a Paris wall-clock time. */
    public static MovedClock to(Api api, LocalDateTime parisTime) {
        Reading now = read(api);
        if (!now.offset().isZero()) {
            throw new IllegalStateException("The application's clock is already moved (" + now
                    + "): a test did not put it back");
        }
        MovedClock moved = new MovedClock(api);
        moved.to(parisTime);
        return moved;
    }

    /** What the application's clock reads now. */
    public static Reading read(Api api) {
        return reading(api.admin().get(PATH));
    }

    /** Steps on (or back) to {@code day}, at {@link #DAY_TIME} in Paris. */
    public Reading to(LocalDate day) {
        return to(day.atTime(DAY_TIME));
    }

    /** Steps on (or back) to {@code parisTime}. */
    public Reading to(LocalDateTime parisTime) {
        return reading(admin.put(PATH, Api.json("to", parisTime.toString())));
    }

    /** Real time again. */
    @Override
    public void close() {
        Reading back = reading(admin.delete(PATH));
        if (!back.offset().isZero()) {
            throw new IllegalStateException("The application's clock did not go back to real time: " + back);
        }
    }

    private static Reading reading(Api.Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException("The test clock answered " + reply);
        }
        var json = reply.json();
        return new Reading(Instant.parse(json.getString("instant")), LocalDateTime.parse(json.getString("parisTime")),
                LocalDate.parse(json.getString("today")), Duration.ofSeconds(json.getJsonNumber("offsetSeconds").longValue()));
    }
}
