package org.sillon.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.people.boundary.Civility;
import org.sillon.people.boundary.PersonDetails;

class PersonErasureTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(86_400);

    private static Person someone() {
        return new Person(new PersonDetails(Civility.MR, "Yann", "Le Bihan", "yann@example.org", "01 42 68 53 00",
                "06 12 34 56 78", new PostalAddress("3 rue des Ajoncs", "Bât. B", "56270", "Ploemeur", null),
                Language.EN), NOW);
    }

    @Test
    void anonymisingReplacesTheNamesAndClearsEveryContactDetailButKeepsTheLanguage() {
        Person p = someone();
        assertFalse(p.isErased());

        p.anonymise(LATER);

        assertEquals("Personne", p.firstName());
        assertTrue(p.lastName().startsWith("anonymisée n°"), p.lastName());
        assertNull(p.civility());
        assertNull(p.email());
        assertNull(p.phone());
        assertNull(p.mobilePhone());
        assertNull(p.address());
        assertEquals(Language.EN, p.language());
        assertTrue(p.isErased());
        assertEquals(LATER, p.erasedAt());
        assertEquals(LATER, p.updatedAt());
        assertEquals(NOW, p.createdAt());
        assertFalse(p.auditState().values().stream().anyMatch(v -> String.valueOf(v).contains("Bihan")
                || String.valueOf(v).contains("yann@") || String.valueOf(v).contains("Ajoncs")));
    }

    @Test
    void aPersonIsErasedOnlyOnce() {
        Person p = someone();
        p.anonymise(NOW);
        assertThrows(IllegalStateException.class, () -> p.anonymise(LATER));
        assertEquals(NOW, p.erasedAt());
    }
}
