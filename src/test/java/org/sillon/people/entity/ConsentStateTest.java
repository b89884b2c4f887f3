package org.sillon.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.people.boundary.ConsentPurpose;
import org.sillon.people.boundary.ConsentSource;

class ConsentStateTest {

    private static final Instant T0 = Instant.parse("2025-05-01T09:00:00Z");

    private static ConsentRecord line(ConsentPurpose purpose, boolean granted, Instant at) {
        return new ConsentRecord(1L, purpose, granted, ConsentSource.FORM, "animatrice", at);
    }

    @Test
    void withoutAnyLineNoConsentIsPresumed() {
        ConsentState state = new ConsentState(List.of());
        for (ConsentPurpose p : ConsentPurpose.values()) {
            assertFalse(state.granted(p));
            assertTrue(state.latest(p).isEmpty());
        }
    }

    @Test
    void theLatestLineOfEachPurposeDecidesItAlone() {
        ConsentState state = new ConsentState(List.of(
                line(ConsentPurpose.NEWSLETTER, true, T0),
                line(ConsentPurpose.EVENT_NEWS, true, T0.plusSeconds(10)),
                line(ConsentPurpose.NEWSLETTER, false, T0.plusSeconds(20))));
        assertFalse(state.granted(ConsentPurpose.NEWSLETTER));
        assertTrue(state.granted(ConsentPurpose.EVENT_NEWS));
        assertFalse(state.granted(ConsentPurpose.VOLUNTEERING));
        assertEquals(T0.plusSeconds(20), state.latest(ConsentPurpose.NEWSLETTER).orElseThrow().recordedAt());
    }

    @Test
    void aMergedHistoryIsDecidedByTime() {
        // the survivor's lines then the merged person's: the later in time wins, wherever it stands
        ConsentState state = new ConsentState(List.of(
                line(ConsentPurpose.NEWSLETTER, false, T0.plusSeconds(60)),
                line(ConsentPurpose.NEWSLETTER, true, T0)));
        assertFalse(state.granted(ConsentPurpose.NEWSLETTER));
    }

    @Test
    void onEqualTimesTheLaterRecordedLineWins() {
        ConsentState state = new ConsentState(List.of(
                line(ConsentPurpose.VOLUNTEERING, false, T0),
                line(ConsentPurpose.VOLUNTEERING, true, T0)));
        assertTrue(state.granted(ConsentPurpose.VOLUNTEERING));
    }

    @Test
    void aLineNamesItsPurposeAndSource() {
        assertEquals("purpose", assertThrows(InvalidValue.class,
                () -> new ConsentRecord(1L, null, true, ConsentSource.PAPER, "a", T0)).field());
        assertEquals("source", assertThrows(InvalidValue.class,
                () -> new ConsentRecord(1L, ConsentPurpose.NEWSLETTER, true, null, "a", T0)).field());
    }
}
