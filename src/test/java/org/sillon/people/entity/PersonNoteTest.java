package org.sillon.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;

class PersonNoteTest {

    private static final Instant NOW = Instant.parse("2025-05-01T09:00:00Z");

    @Test
    void aNoteIsTrimmedAndKeepsItsLineBreaks() {
        PersonNote n = new PersonNote(7L, "animatrice", NOW, "  Appelée le 3 mai.\nRappeler en juin.  ");
        assertEquals("Appelée le 3 mai.\nRappeler en juin.", n.text());
    }

    @Test
    void aNoteIsNeitherBlankNorLongerThan4000Characters() {
        assertEquals("text", assertThrows(InvalidValue.class, () -> new PersonNote(7L, "a", NOW, " \n ")).field());
        assertEquals("text", assertThrows(InvalidValue.class, () -> new PersonNote(7L, "a", NOW, null)).field());
        assertEquals(4000, new PersonNote(7L, "a", NOW, "x".repeat(4000)).text().length());
        assertEquals("text", assertThrows(InvalidValue.class, () -> new PersonNote(7L, "a", NOW, "x".repeat(4001))).field());
    }

    @Test
    void theAuditTrailDoesNotKeepTheText() {
        assertFalse(new PersonNote(7L, "a", NOW, "confidentiel").auditState().containsValue("confidentiel"));
    }
}
