package org.sillon.baskets.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.IsoWeek;

class CutOffTest {

    @Test
    void mondayNoonInParisClosesTheWeekWhateverTheSeason() {
        CutOff c = CutOff.MONDAY_NOON;
        // winter (UTC+1), then the week summer time started (Sunday 29 March 2026): still noon in Paris
        assertEquals(Instant.parse("2026-03-23T11:00:00Z"), c.deadlineOf(new IsoWeek(2026, 13)));
        assertEquals(Instant.parse("2026-03-30T10:00:00Z"), c.deadlineOf(new IsoWeek(2026, 14)));
        // and the week it ended (Sunday 25 October 2026)
        assertEquals(Instant.parse("2026-10-26T11:00:00Z"), c.deadlineOf(new IsoWeek(2026, 44)));
        assertTrue(c.reaches(new IsoWeek(2026, 14), Instant.parse("2026-03-30T09:59:59Z")));
        assertFalse(c.reaches(new IsoWeek(2026, 14), Instant.parse("2026-03-30T10:00:00Z")));
    }

    @Test
    void theFirstReachableWeekIsThisOneBeforeTheCutOffAndTheNextAfter() {
        CutOff c = CutOff.MONDAY_NOON;
        assertEquals(new IsoWeek(2026, 49), c.firstReachableWeek(Instant.parse("2026-11-30T10:59:00Z")));
        assertEquals(new IsoWeek(2026, 50), c.firstReachableWeek(Instant.parse("2026-11-30T11:00:00Z")));
        // across the year end: Monday 28 December after noon reaches 2027's first week, not 2026-W54
        assertEquals(new IsoWeek(2027, 1), c.firstReachableWeek(Instant.parse("2026-12-28T12:00:00Z")));
    }

    @Test
    void aCutOffTheWeekBeforeAndOneInTheSkippedHour() {
        CutOff thursdayBefore = new CutOff(DayOfWeek.THURSDAY, LocalTime.of(18, 0), 1);
        assertEquals(Instant.parse("2026-12-24T17:00:00Z"), thursdayBefore.deadlineOf(new IsoWeek(2026, 53)));
        assertEquals(new IsoWeek(2027, 1), thursdayBefore.firstReachableWeek(Instant.parse("2026-12-24T17:00:00Z")));
        assertEquals(new IsoWeek(2026, 53), thursdayBefore.firstReachableWeek(Instant.parse("2026-12-24T16:59:00Z")));
        // 02:30 does not exist on 29 March 2026 in Paris: the cut-off is the first instant after the gap's time
        CutOff sundayNight = new CutOff(DayOfWeek.SUNDAY, LocalTime.of(2, 30), 0);
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), sundayNight.deadlineOf(new IsoWeek(2026, 13)));
    }

    @Test
    void aCutOffFarBeforeOrWithoutADayIsRefused() {
        assertEquals("cutOff", assertThrows(InvalidValue.class, () -> new CutOff(DayOfWeek.MONDAY, LocalTime.NOON, 5)).field());
        assertThrows(InvalidValue.class, () -> new CutOff(null, LocalTime.NOON, 0));
    }
}
