package org.sillon.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.people.boundary.OrganisationDetails;
import org.sillon.people.boundary.OrganisationKind;
import org.sillon.people.boundary.OrganisationRole;

/** The rules of a household's solidarity-basket eligibility. */
class SolidarityEligibilityTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Organisation CCAS = new Organisation(new OrganisationDetails("CCAS de Lorient",
            OrganisationKind.PUBLIC_BODY, Set.of(OrganisationRole.FUNDER), null, null, null, null), NOW);

    @Test
    void aHouseholdNeverDecidedIsNotEligible() {
        SolidarityEligibility e = new SolidarityEligibility(7);
        assertFalse(e.eligible());
        assertFalse(e.eligibleOn(TODAY));
        assertEquals(0, e.version());
    }

    @Test
    void anEligibilityHoldsUntilItsLastDayIncluded() {
        SolidarityEligibility e = new SolidarityEligibility(7);
        e.decide(true, " orientée par le CCAS ", CCAS, TODAY.plusMonths(6), TODAY, NOW, "animatrice");
        assertTrue(e.eligibleOn(TODAY));
        assertTrue(e.eligibleOn(TODAY.plusMonths(6)));
        assertFalse(e.eligibleOn(TODAY.plusMonths(6).plusDays(1)));
        assertEquals("orientée par le CCAS", e.reason());
        assertEquals("animatrice", e.updatedBy());
        assertEquals(NOW, e.updatedAt());

        e.decide(true, null, null, null, TODAY, NOW, "animatrice");
        assertTrue(e.eligibleOn(TODAY.plusYears(5)), "without an end date it holds until changed");
    }

    @Test
    void aRefusalKeepsNeitherEndDateNorReferrer() {
        SolidarityEligibility e = new SolidarityEligibility(7);
        assertEquals("validUntil", assertThrows(InvalidValue.class,
                () -> e.decide(false, null, null, TODAY.plusDays(1), TODAY, NOW, "a")).field());
        assertEquals("referredByOrganisationId", assertThrows(InvalidValue.class,
                () -> e.decide(false, null, CCAS, null, TODAY, NOW, "a")).field());
        e.decide(false, "plus de difficulté", null, null, TODAY, NOW, "a");
        assertFalse(e.eligibleOn(TODAY));
        assertNull(e.referredBy());
    }

    @Test
    void anEligibilityCannotEndInThePastAndItsReasonIsShort() {
        SolidarityEligibility e = new SolidarityEligibility(7);
        assertEquals("validUntil", assertThrows(InvalidValue.class,
                () -> e.decide(true, null, null, TODAY.minusDays(1), TODAY, NOW, "a")).field());
        assertEquals("reason", assertThrows(InvalidValue.class,
                () -> e.decide(true, "x".repeat(1001), null, null, TODAY, NOW, "a")).field());
        assertFalse(e.eligible(), "a refused decision changes nothing");
        e.decide(true, "x".repeat(1000), null, TODAY, TODAY, NOW, "a");
        assertTrue(e.eligibleOn(TODAY));
    }

    @Test
    void theAuditTrailSeesThatTheReasonChangedWithoutReadingIt() {
        SolidarityEligibility e = new SolidarityEligibility(7);
        e.decide(true, "RSA, deux enfants", null, null, TODAY, NOW, "a");
        Object first = e.auditState().get("reason");
        assertFalse(String.valueOf(first).contains("RSA"));
        e.decide(true, "RSA, trois enfants", null, null, TODAY, NOW, "a");
        assertNotEquals(first, e.auditState().get("reason"));
        assertEquals(true, e.auditState().get("eligible"));
    }
}
