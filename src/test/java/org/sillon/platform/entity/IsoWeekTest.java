package org.sillon.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;

class IsoWeekTest {

    @Test
    void aWeekIsReadAndWrittenAsTheStandardSaysAndStartsOnMonday() {
        IsoWeek w = IsoWeek.parse(" 2026-W49 ");
        assertEquals(new IsoWeek(2026, 49), w);
        assertEquals("2026-W49", w.toString());
        assertEquals(LocalDate.of(2026, 11, 30), w.monday());
        assertEquals(LocalDate.of(2026, 12, 3), w.day(DayOfWeek.THURSDAY));
        assertEquals(w, IsoWeek.of(LocalDate.of(2026, 12, 6)));
        assertEquals("2026-W01", new IsoWeek(2026, 1).toString());
    }

    @Test
    void theYearsEdgesBelongToTheWeekOfTheirThursday() {
        // 1 January 2026 is a Thursday: 2026 has 53 weeks, its week 1 starts on 29 December 2025
        assertEquals(53, IsoWeek.weeksIn(2026));
        assertEquals(52, IsoWeek.weeksIn(2027));
        assertEquals(new IsoWeek(2026, 1), IsoWeek.of(LocalDate.of(2025, 12, 29)));
        assertEquals(new IsoWeek(2026, 53), IsoWeek.of(LocalDate.of(2026, 12, 31)));
        assertEquals(new IsoWeek(2026, 53), IsoWeek.of(LocalDate.of(2027, 1, 3)));
        assertEquals(new IsoWeek(2027, 1), IsoWeek.of(LocalDate.of(2027, 1, 4)));
        assertEquals(LocalDate.of(2026, 12, 28), new IsoWeek(2026, 53).monday());
        assertEquals(new IsoWeek(2027, 1), new IsoWeek(2026, 52).plus(2));
        assertEquals(new IsoWeek(2026, 53), new IsoWeek(2027, 1).plus(-1));
        assertEquals(3, new IsoWeek(2026, 52).weeksUntil(new IsoWeek(2027, 2)));
        assertTrue(new IsoWeek(2026, 53).compareTo(new IsoWeek(2027, 1)) < 0);
        assertTrue(new IsoWeek(2026, 53).contains(LocalDate.of(2027, 1, 1)));
        assertFalse(new IsoWeek(2027, 1).contains(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aWeekTheYearDoesNotHaveOrAnotherShapeIsRefusedNamingTheField() {
        InvalidValue w99 = assertThrows(InvalidValue.class, () -> IsoWeek.parse("2026-W99"));
        assertEquals("isoWeek", w99.field());
        assertEquals("is not a week of its year: 2026-W99", w99.message().text(Locale.ENGLISH));
        assertEquals("n'est pas une semaine de son année : 2026-W99", w99.message().text(Locale.FRENCH));
        assertThrows(InvalidValue.class, () -> IsoWeek.parse("2027-W53"));
        assertThrows(InvalidValue.class, () -> IsoWeek.parse("2026-W00"));
        for (String shape : new String[] {"2026-49", "2026W49", "26-W49", "2026-W4", "2026-W49-1", "", null}) {
            InvalidValue e = assertThrows(InvalidValue.class, () -> IsoWeek.parse(shape), shape);
            assertEquals("isoWeek", e.field());
        }
    }
}
