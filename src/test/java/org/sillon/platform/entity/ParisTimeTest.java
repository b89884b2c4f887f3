package org.sillon.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ParisTimeTest {

    @Test
    void theDayChangesAtMidnightInParisNotInUtc() {
        // winter: Paris is UTC+1
        assertEquals(LocalDate.of(2026, 3, 10), ParisTime.dayOf(Instant.parse("2026-03-10T22:59:59Z")));
        assertEquals(LocalDate.of(2026, 3, 11), ParisTime.dayOf(Instant.parse("2026-03-10T23:00:00Z")));
        // summer: UTC+2
        assertEquals(LocalDate.of(2026, 7, 14), ParisTime.dayOf(Instant.parse("2026-07-14T21:59:59Z")));
        assertEquals(LocalDate.of(2026, 7, 15), ParisTime.dayOf(Instant.parse("2026-07-14T22:00:00Z")));
    }

    @Test
    void aDayStartsAtParisMidnightWhicheverOffsetItHas() {
        assertEquals(Instant.parse("2027-01-30T23:00:00Z"), ParisTime.startOf(LocalDate.of(2027, 1, 31)));
        // the days the clocks change start before the change
        assertEquals(Instant.parse("2026-03-28T23:00:00Z"), ParisTime.startOf(LocalDate.of(2026, 3, 29)));
        assertEquals(Instant.parse("2026-10-24T22:00:00Z"), ParisTime.startOf(LocalDate.of(2026, 10, 25)));
    }

    @Test
    void wallClockTimesAroundTheChanges() {
        assertEquals(LocalDateTime.of(2026, 3, 29, 3, 0), ParisTime.dateTimeOf(Instant.parse("2026-03-29T01:00:00Z")));
        // 02:30 does not exist on 29 March: the time after the gap
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), ParisTime.instantOf(LocalDateTime.of(2026, 3, 29, 2, 30)));
        // 02:30 happens twice on 25 October: the first, still in summer time
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), ParisTime.instantOf(LocalDateTime.of(2026, 10, 25, 2, 30)));
    }
}
