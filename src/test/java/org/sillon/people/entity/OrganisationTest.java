package org.sillon.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.people.boundary.OrganisationDetails;
import org.sillon.people.boundary.OrganisationKind;
import org.sillon.people.boundary.OrganisationRole;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static OrganisationDetails details(String name, OrganisationKind kind, String siret, String email,
            String phone) {
        return new OrganisationDetails(name, kind, EnumSet.of(OrganisationRole.PARTNER, OrganisationRole.FUNDER),
                siret, email, phone, new PostalAddress(null, null, "56270", "Ploemeur", null));
    }

    @Test
    void normalisesWhatItKeeps() {
        Organisation o = new Organisation(details("  CCAS   de Ploemeur ", OrganisationKind.PUBLIC_BODY,
                "999 999 999 00017", " CCAS@Ploemeur.Example.ORG", "02 97 86 40 40"), NOW);
        assertEquals("CCAS de Ploemeur", o.name());
        assertEquals("99999999900017", o.siret());
        assertEquals("ccas@ploemeur.example.org", o.email());
        assertEquals("+33297864040", o.phone());
        assertTrue(o.roles().contains(OrganisationRole.FUNDER));
        assertEquals("FR", o.address().country());
    }

    @Test
    void refusesByField() {
        assertEquals("name", assertThrows(InvalidValue.class,
                () -> new Organisation(details(" ", OrganisationKind.COMPANY, null, null, null), NOW)).field());
        assertEquals("kind", assertThrows(InvalidValue.class,
                () -> new Organisation(details("X", null, null, null, null), NOW)).field());
        assertEquals("siret", assertThrows(InvalidValue.class,
                () -> new Organisation(details("X", OrganisationKind.COMPANY, "99999999900018", null, null), NOW)).field());
        assertEquals("email", assertThrows(InvalidValue.class,
                () -> new Organisation(details("X", OrganisationKind.COMPANY, null, "nope", null), NOW)).field());
        assertEquals("phone", assertThrows(InvalidValue.class,
                () -> new Organisation(details("X", OrganisationKind.COMPANY, null, null, "12"), NOW)).field());
    }

    @Test
    void refusesEveryFieldAtFaultAtOnce() {
        InvalidValue refused = assertThrows(InvalidValue.class,
                () -> new Organisation(details("X", OrganisationKind.COMPANY, "99999999900018", null, "12"), NOW));
        assertEquals(java.util.List.of("siret", "phone"), refused.faults().stream().map(InvalidValue::field).toList());
    }

    @Test
    void describingAgainReplacesEverything() {
        Organisation o = new Organisation(details("Crêperie", OrganisationKind.RESTAURANT, "99999999900017", null, null), NOW);
        o.describe(new OrganisationDetails("Crêperie Ty Breizh", OrganisationKind.RESTAURANT, null, null, null, null,
                null), NOW.plusSeconds(60));
        assertNull(o.siret());
        assertTrue(o.roles().isEmpty());
        assertNull(o.address());
        assertEquals(NOW.plusSeconds(60), o.updatedAt());
        assertEquals(NOW, o.createdAt());
    }
}
