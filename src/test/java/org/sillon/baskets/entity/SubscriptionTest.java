package org.sillon.baskets.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sillon.baskets.boundary.BasketChoice;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.IsoWeek;

class SubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final IsoWeek W50 = IsoWeek.parse("2026-W50");
    private static final BasketChoice STANDARD = new BasketChoice(1L, 10L, Set.of());
    private static final BasketChoice WITH_EGGS = new BasketChoice(1L, 10L, Set.of(5L));

    private static Subscription season(boolean waiting) {
        return new Subscription(7, W50, IsoWeek.parse("2027-W26"), STANDARD, waiting, W50, "desk", NOW);
    }

    @Test
    void aSubscriptionDeliversItsWeeksAcrossTheYearEndAndReadsItsStatusFromThem() {
        Subscription s = season(false);
        assertTrue(s.delivers(IsoWeek.parse("2026-W53")));
        assertTrue(s.delivers(IsoWeek.parse("2027-W01")));
        assertFalse(s.delivers(IsoWeek.parse("2027-W27")));
        assertEquals(SubscriptionStatus.PENDING, s.statusIn(IsoWeek.parse("2026-W49")));
        assertEquals(SubscriptionStatus.ACTIVE, s.statusIn(IsoWeek.parse("2027-W26")));
        assertEquals(SubscriptionStatus.ENDED, s.statusIn(IsoWeek.parse("2027-W27")));
        assertFalse(season(true).delivers(W50), "a waiting subscription delivers nothing");
        assertEquals(SubscriptionStatus.WAITING, season(true).statusIn(W50));
    }

    @Test
    void aStartPastTheCutOffOrAPeriodBackwardsOrTooLongIsRefusedOnItsField() {
        IsoWeek reachable = IsoWeek.parse("2026-W51");
        assertEquals("firstWeek", assertThrows(InvalidValue.class, () -> new Subscription(7, W50,
                IsoWeek.parse("2027-W10"), STANDARD, false, reachable, "desk", NOW)).field());
        assertEquals("lastWeek", assertThrows(InvalidValue.class, () -> new Subscription(7, W50,
                IsoWeek.parse("2026-W49"), STANDARD, false, W50, "desk", NOW)).field());
        assertEquals("lastWeek", assertThrows(InvalidValue.class, () -> new Subscription(7, W50,
                W50.plus(Subscription.MAX_WEEKS), STANDARD, false, W50, "desk", NOW)).field());
        new Subscription(7, W50, W50.plus(Subscription.MAX_WEEKS - 1), STANDARD, false, W50, "desk", NOW);
    }

    @Test
    void aChangeAppliesFromItsWeekAndLeavesTheWeeksBeforeAsTheyWere() {
        Subscription s = season(false);
        s.changeFrom(IsoWeek.parse("2027-W01"), WITH_EGGS, W50, "desk", NOW);
        assertEquals(Set.of(), s.termIn(IsoWeek.parse("2026-W53")).optionIds());
        assertEquals(Set.of(5L), s.termIn(IsoWeek.parse("2027-W01")).optionIds());
        assertEquals(Set.of(5L), s.termIn(IsoWeek.parse("2027-W20")).optionIds());
        // a second change of the same week replaces it; an earlier one leaves the later in place
        s.changeFrom(IsoWeek.parse("2027-W01"), new BasketChoice(2L, 10L, Set.of()), W50, "desk", NOW);
        s.changeFrom(IsoWeek.parse("2026-W52"), new BasketChoice(3L, 11L, Set.of()), W50, "desk", NOW);
        assertEquals(3, s.terms().size());
        assertEquals(3L, s.termIn(IsoWeek.parse("2026-W53")).sizeOfferId());
        assertEquals(2L, s.termIn(IsoWeek.parse("2027-W02")).sizeOfferId());
        assertEquals(1L, s.termIn(IsoWeek.parse("2026-W51")).sizeOfferId());
        // each term runs until the next one starts
        assertEquals(List.of("2026-W52", "2027-W01", "none"), s.terms().stream()
                .map(t -> t.untilWeek() == null ? "none" : t.untilWeek().toString()).toList());
    }

    @Test
    void aChangePastTheCutOffOrOutsideTheSubscriptionIsRefused() {
        Subscription s = season(false);
        IsoWeek reachable = IsoWeek.parse("2026-W52");
        assertEquals("fromWeek", assertThrows(InvalidValue.class,
                () -> s.changeFrom(IsoWeek.parse("2026-W51"), WITH_EGGS, reachable, "desk", NOW)).field());
        assertEquals("fromWeek", assertThrows(InvalidValue.class,
                () -> s.changeFrom(IsoWeek.parse("2027-W30"), WITH_EGGS, reachable, "desk", NOW)).field());
        assertEquals(1, s.terms().size());
    }

    @Test
    void endingEarlyDropsTheLaterTermsAndEndingBeforeTheStartEndsItForGood() {
        Subscription s = season(false);
        s.changeFrom(IsoWeek.parse("2027-W10"), WITH_EGGS, W50, "desk", NOW);
        s.endAfter(IsoWeek.parse("2027-W05"), "Déménagement", W50);
        assertEquals(IsoWeek.parse("2027-W05"), s.lastWeek());
        assertEquals(1, s.terms().size());
        assertEquals(null, s.terms().get(0).untilWeek(), "the last term runs to the end");
        assertEquals(SubscriptionState.ACTIVE, s.state());
        // weeks already planned are not given up
        assertEquals("lastWeek", assertThrows(InvalidValue.class,
                () -> s.endAfter(IsoWeek.parse("2026-W50"), null, IsoWeek.parse("2027-W02"))).field());
        s.endAfter(IsoWeek.parse("2026-W49"), null, W50);
        assertEquals(SubscriptionState.ENDED, s.state());
        assertFalse(s.delivers(W50));
        assertEquals("state", assertThrows(InvalidValue.class,
                () -> s.changeFrom(W50, WITH_EGGS, W50, "desk", NOW)).field());
    }

    @Test
    void aWaitingSubscriptionIsAdmittedOnceAndOnlyWhileItsStartIsAhead() {
        Subscription waiting = season(true);
        assertEquals("firstWeek", assertThrows(InvalidValue.class,
                () -> waiting.admit(IsoWeek.parse("2026-W51"))).field());
        waiting.admit(W50);
        assertEquals(SubscriptionState.ACTIVE, waiting.state());
        assertEquals("state", assertThrows(InvalidValue.class, () -> waiting.admit(W50)).field());
        assertTrue(waiting.overlaps(IsoWeek.parse("2027-W26"), IsoWeek.parse("2027-W30")));
        assertFalse(waiting.overlaps(IsoWeek.parse("2027-W27"), IsoWeek.parse("2027-W30")));
    }

    @Test
    void anAbsenceIsForAWeekDeliveredAndAGiftNamesWhoCollects() {
        Subscription s = season(false);
        assertEquals("week", assertThrows(InvalidValue.class, () -> new Absence(s, IsoWeek.parse("2027-W30"),
                AbsenceHandling.CREDIT, null, null, "desk", NOW)).field());
        assertEquals("givenTo", assertThrows(InvalidValue.class, () -> new Absence(s, W50,
                AbsenceHandling.GIFT, "  ", null, "desk", NOW)).field());
        Absence gift = new Absence(s, W50, AbsenceHandling.GIFT, " Mme  Durand ", null, "desk", NOW);
        assertEquals("Mme Durand", gift.givenTo());
        Absence credit = new Absence(s, W50, AbsenceHandling.CREDIT, "ignored", null, "desk", NOW);
        assertEquals(null, credit.givenTo());
        assertTrue(AbsenceHandling.DONATE.madeUp());
        assertFalse(AbsenceHandling.SHIFT.madeUp());
    }

    @Test
    void aChoiceNeedsASizeAndAPointAndFewOptions() {
        InvalidValue refused = assertThrows(InvalidValue.class, () -> new BasketChoice(null, null, null));
        assertEquals(2, refused.faults().size());
        Set<Long> many = new HashSet<>();
        for (long i = 0; i <= BasketChoice.MAX_OPTIONS; i++) {
            many.add(i);
        }
        assertEquals("optionIds", assertThrows(InvalidValue.class, () -> new BasketChoice(1L, 1L, many)).field());
        Set<Long> withNull = new HashSet<>(Arrays.asList(1L, null));
        assertEquals("optionIds", assertThrows(InvalidValue.class, () -> new BasketChoice(1L, 1L, withNull)).field());
    }

    @Test
    void theRulesKeepTheIncludedAbsencesWithinTheMaximum() {
        BasketSettings s = BasketSettings.defaults(1);
        assertEquals(CutOff.MONDAY_NOON, s.cutOff());
        assertFalse(s.stored());
        InvalidValue refused = assertThrows(InvalidValue.class,
                () -> s.set(CutOff.MONDAY_NOON, AbsenceHandling.SHIFT, 5, 3, null));
        assertEquals("absencesIncluded", refused.field());
        assertEquals(AbsenceHandling.CREDIT, s.absenceHandling(), "nothing changed");
        s.set(new CutOff(DayOfWeek.FRIDAY, LocalTime.of(18, 0), 1), AbsenceHandling.SHIFT, 2, 6, 300);
        assertEquals(300, s.weeklyCapacity().getAsInt());
        assertEquals(AbsenceHandling.SHIFT, s.absenceHandling());
        assertEquals(1, s.cutOff().weeksBefore());
    }

    @Test
    void aPauseHoldsItsWeeksWithinTheSubscriptionAndIsResumedFromTheCutOff() {
        Subscription s = season(false);
        IsoWeek from = IsoWeek.parse("2027-W28");
        assertEquals("fromWeek", assertThrows(InvalidValue.class, () -> s.pause(IsoWeek.parse("2026-W49"),
                IsoWeek.parse("2026-W51"), W50, "desk", NOW)).field(), "past the cut-off");
        assertEquals("fromWeek", assertThrows(InvalidValue.class, () -> s.pause(from, from.plus(1), W50, "desk", NOW))
                .field(), "outside its weeks");
        assertEquals("toWeek", assertThrows(InvalidValue.class, () -> s.pause(W50, W50.plus(Subscription.MAX_PAUSE_WEEKS),
                W50, "desk", NOW)).field(), "too long");
        IsoWeek summer = IsoWeek.parse("2027-W01");
        s.pause(summer, summer.plus(2), W50, "desk", NOW);
        assertFalse(s.delivers(summer.plus(1)));
        assertEquals(SubscriptionStatus.PAUSED, s.statusIn(summer.plus(2)));
        assertEquals(SubscriptionStatus.ACTIVE, s.statusIn(summer.plus(3)));
        assertEquals("fromWeek", assertThrows(InvalidValue.class, () -> s.pause(summer.plus(2), summer.plus(4), W50,
                "desk", NOW)).field(), "overlapping");
        // ending the subscription inside the pause ends the pause with it
        s.endAfter(summer.plus(1), null, W50);
        assertEquals(summer.plus(1), s.pauses().get(0).toWeek());
    }

    @Test
    void aTrialIsASingleWeek() {
        assertEquals("lastWeek", assertThrows(InvalidValue.class, () -> season(false).markTrial()).field());
        Subscription trial = new Subscription(7, W50, W50, STANDARD, false, W50, "desk", NOW);
        trial.markTrial();
        assertTrue(trial.trial());
    }

    @Test
    void aLowPrepaidBalanceIsToldOnceUntilTheNextTopUp() {
        Subscription s = season(false);
        assertTrue(s.prepaidReminderDue(null), "never told, never topped up");
        s.prepaidReminded(NOW);
        assertFalse(s.prepaidReminderDue(null), "told once");
        assertFalse(s.prepaidReminderDue(NOW.minusSeconds(3600)), "the top-up came before the telling");
        assertTrue(s.prepaidReminderDue(NOW.plusSeconds(60)), "a top-up since: the next low balance is told");
        assertFalse(season(true).prepaidReminderDue(null), "a waiting subscription draws nothing");
    }
}
