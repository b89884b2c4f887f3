package org.sillon.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MomentsTest {

    @Test
    void aMomentIsWrittenOnAParisWallClockInEachLanguagesStyle() {
        Instant winter = Instant.parse("2026-12-01T13:05:00Z");
        assertEquals("01/12/2026 à 14:05", Moments.dateTime(winter, Locale.FRENCH));
        assertEquals("01/12/2026 14:05", Moments.dateTime(winter, Locale.ENGLISH));
        assertEquals("01/07/2026 à 00:30", Moments.dateTime(Instant.parse("2026-06-30T22:30:00Z"), Locale.FRENCH));
        assertEquals("", Moments.dateTime((Instant) null, Locale.FRENCH));
    }

    @Test
    void aDayIsWrittenDayFirstAndTheParisDayOfAnInstantIsTaken() {
        Moments moments = new Moments();
        assertEquals("04/03/2026", moments.day(java.time.LocalDate.of(2026, 3, 4)));
        assertEquals("01/07/2026", moments.date(Instant.parse("2026-06-30T22:30:00Z")));
    }

    @Test
    void storedTextIsWrittenAsADayOrAMomentOnlyWhenItIsOne() {
        assertEquals("04/03/2026", Moments.text("2026-03-04", Locale.FRENCH));
        assertEquals("01/12/2026 14:05", Moments.text("2026-12-01T13:05:00Z", Locale.ENGLISH));
        assertEquals("12345", Moments.text("12345", Locale.FRENCH));
        assertEquals("2026-13-45", Moments.text("2026-13-45", Locale.FRENCH));
        assertEquals("Léa", Moments.text("Léa", Locale.FRENCH));
        assertEquals(null, Moments.text(null, Locale.FRENCH));
    }
}
