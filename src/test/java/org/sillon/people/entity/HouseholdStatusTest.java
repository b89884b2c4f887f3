package org.sillon.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.people.boundary.HouseholdStatus;
import org.sillon.people.boundary.PersonDetails;

/** A household's status and its history, and where its baskets are delivered. */
class HouseholdStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final PostalAddress HOME = new PostalAddress("3 rue des Lilas", null, "56100", "Lorient", null);

    private static Household household() {
        Person jeanne = new Person(new PersonDetails(null, "Jeanne", "Martin", null, null, null, HOME, Language.FR), NOW);
        return new Household(null, jeanne, NOW);
    }

    @Test
    void aNewHouseholdIsAProspectWithNoChangeYet() {
        Household h = household();
        assertEquals(HouseholdStatus.PROSPECT, h.status());
        assertNull(h.statusSince());
        assertTrue(h.statusHistory().isEmpty());
    }

    @Test
    void eachChangeIsAppendedAndBecomesTheCurrentStatus() {
        Household h = household();
        h.changeStatus(HouseholdStatus.ACTIVE, DAY, "  adhésion payée ", NOW, "animatrice");
        h.changeStatus(HouseholdStatus.LAPSED, DAY.plusMonths(12), null, NOW.plusSeconds(60), "tresorier");
        h.changeStatus(HouseholdStatus.ACTIVE, DAY.plusMonths(12), "", NOW.plusSeconds(120), "animatrice");

        assertEquals(HouseholdStatus.ACTIVE, h.status());
        assertEquals(DAY.plusMonths(12), h.statusSince());
        List<HouseholdStatusChange> history = h.statusHistory();
        assertEquals(List.of(HouseholdStatus.ACTIVE, HouseholdStatus.LAPSED, HouseholdStatus.ACTIVE),
                history.stream().map(HouseholdStatusChange::status).toList());
        assertEquals("adhésion payée", history.get(0).reason());
        assertNull(history.get(2).reason(), "a blank reason is no reason");
        assertEquals("tresorier", history.get(1).recordedBy());
        assertEquals(NOW.plusSeconds(60), history.get(1).recordedAt());
    }

    @Test
    void theSameStatusTwiceIsRefused() {
        Household h = household();
        h.changeStatus(HouseholdStatus.ACTIVE, DAY, null, NOW, "a");
        InvalidValue e = assertThrows(InvalidValue.class,
                () -> h.changeStatus(HouseholdStatus.ACTIVE, DAY.plusDays(3), null, NOW, "a"));
        assertEquals("status", e.field());
        assertEquals(1, h.statusHistory().size());
        assertEquals("status", assertThrows(InvalidValue.class,
                () -> household().changeStatus(HouseholdStatus.PROSPECT, DAY, null, NOW, "a")).field());
    }

    @Test
    void aHouseholdThatWasMoreThanAProspectNeverBecomesOneAgain() {
        Household h = household();
        h.changeStatus(HouseholdStatus.LEFT, DAY, null, NOW, "a");
        InvalidValue e = assertThrows(InvalidValue.class,
                () -> h.changeStatus(HouseholdStatus.PROSPECT, DAY, null, NOW, "a"));
        assertEquals("status", e.field());
        assertEquals(HouseholdStatus.LEFT, h.status());
    }

    @Test
    void aChangeCannotTakeEffectBeforeTheLastOneButMayOnTheSameDay() {
        Household h = household();
        h.changeStatus(HouseholdStatus.ACTIVE, DAY, null, NOW, "a");
        InvalidValue e = assertThrows(InvalidValue.class,
                () -> h.changeStatus(HouseholdStatus.LEFT, DAY.minusDays(1), null, NOW, "a"));
        assertEquals("effectiveOn", e.field());
        assertEquals("ne peut pas précéder le dernier changement de statut, le 02/11/2026",
                e.message().text(java.util.Locale.FRENCH));
        h.changeStatus(HouseholdStatus.LEFT, DAY, null, NOW, "a");
        assertEquals(HouseholdStatus.LEFT, h.status());
    }

    @Test
    void aChangeNamesItsStatusDateAndAShortReason() {
        Household h = household();
        assertEquals("status", assertThrows(InvalidValue.class, () -> h.changeStatus(null, DAY, null, NOW, "a")).field());
        assertEquals("effectiveOn", assertThrows(InvalidValue.class,
                () -> h.changeStatus(HouseholdStatus.ACTIVE, null, null, NOW, "a")).field());
        assertEquals("reason", assertThrows(InvalidValue.class,
                () -> h.changeStatus(HouseholdStatus.ACTIVE, DAY, "x".repeat(501), NOW, "a")).field());
        h.changeStatus(HouseholdStatus.ACTIVE, DAY, "x".repeat(500), NOW, "a");
        assertEquals(500, h.statusHistory().get(0).reason().length());
    }

    @Test
    void withoutADeliveryAddressBasketsGoToTheMainContact() {
        Household h = household();
        assertSame(HOME, h.effectiveDeliveryAddress());
        h.deliverTo(new PostalAddress("", " ", null, null, null), "  ");
        assertNull(h.deliveryAddress(), "an empty address is no address");
        assertNull(h.deliveryInstructions());
        assertSame(HOME, h.effectiveDeliveryAddress());
    }

    @Test
    void aDeliveryAddressWinsOverTheMainContactsAddress() {
        Household h = household();
        PostalAddress work = new PostalAddress("Crèche Les P'tits Pois", "12 quai Rohan", "56100", "Lorient", null);
        h.deliverTo(work, " digicode 4512, 2e étage ");
        assertEquals(work, h.effectiveDeliveryAddress());
        assertEquals("digicode 4512, 2e étage", h.deliveryInstructions());
        h.deliverTo(null, null);
        assertSame(HOME, h.effectiveDeliveryAddress());
    }

    @Test
    void deliveryInstructionsAreShort() {
        Household h = household();
        assertEquals("deliveryInstructions", assertThrows(InvalidValue.class,
                () -> h.deliverTo(null, "x".repeat(501))).field());
        h.deliverTo(null, "x".repeat(500));
        assertEquals(500, h.deliveryInstructions().length());
    }
}
