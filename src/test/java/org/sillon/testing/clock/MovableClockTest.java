package org.sillon.testing.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.ParisTime;

class MovableClockTest {

    @Test
    void aMovedClockReadsTheParisTimeItWasMovedToAndTicksOn() throws InterruptedException {
        MovableClock movable = new MovableClock();
        Clock clock = movable.clock();
        assertEquals(ParisTime.ZONE, clock.getZone());
        movable.moveTo(LocalDateTime.of(2027, 1, 31, 10, 0));
        assertEquals(LocalDate.of(2027, 1, 31), LocalDate.now(clock));
        Instant first = clock.instant();
        assertTrue(Duration.between(Instant.parse("2027-01-31T09:00:00Z"), first).abs().toSeconds() < 5, first.toString());
        Thread.sleep(20);
        assertTrue(clock.instant().isAfter(first), "a moved clock keeps ticking");
        movable.restore();
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
        assertEquals(Duration.ZERO, movable.offset());
    }
}
