package org.sillon.baskets.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sillon.baskets.boundary.BasketChoice;
import org.sillon.baskets.boundary.BillingModel;
import org.sillon.baskets.boundary.Instalments;
import org.sillon.baskets.boundary.OfferDetails;
import org.sillon.baskets.boundary.OfferKind;
import org.sillon.ledger.boundary.ChargeLine;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Money;

/**
 * What a subscription owes, by billing model, on a season that crosses a closed week 53 and the year end, with
 * a price changing on 1 January and Christmas week's delivery moved to the Wednesday.
 */
class SubscriptionChargesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final IsoWeek W50 = IsoWeek.parse("2026-W50");
    private static final IsoWeek W52 = IsoWeek.parse("2026-W52");
    private static final IsoWeek W53 = IsoWeek.parse("2026-W53");
    private static final long SIZE = 1;
    private static final long EGGS = 5;
    private static final long POINT = 10;
    private static final DeliveryCalendar THURSDAYS = new DeliveryCalendar(DayOfWeek.THURSDAY, Set.of(W53),
            Map.of(W52, LocalDate.of(2026, 12, 23)));
    private static final SubscriptionCharges.Calendar CALENDAR = calendar(null);

    /** Thursdays, delivered by a round whose fee is the offer {@code fee} when given. */
    private static SubscriptionCharges.Calendar calendar(Long fee) {
        return new SubscriptionCharges.Calendar() {
            @Override
            public Optional<LocalDate> deliveryDay(long pointId, IsoWeek week) {
                return THURSDAYS.deliveryIn(week);
            }

            @Override
            public Optional<Long> deliveryFee(long pointId) {
                return Optional.ofNullable(fee);
            }
        };
    }

    private static BasketOffer size(BillingModel billing, Instalments instalments) {
        BasketOffer o = new BasketOffer(new OfferDetails(OfferKind.SIZE, "Panier", null, billing, instalments), NOW);
        o.priceFrom(LocalDate.of(2026, 11, 1), Money.parse("12.00"), "t", NOW);
        o.priceFrom(LocalDate.of(2027, 1, 1), Money.parse("12.50"), "t", NOW);
        return o;
    }

    private static Map<Long, BasketOffer> offers(BillingModel billing, Instalments instalments) {
        BasketOffer eggs = new BasketOffer(new OfferDetails(OfferKind.OPTION, "Œufs", null), NOW);
        eggs.priceFrom(LocalDate.of(2026, 11, 1), Money.parse("3.00"), "t", NOW);
        return Map.of(SIZE, size(billing, instalments), EGGS, eggs);
    }

    /** 2026-W50 to 2027-W09, with eggs; id 42. */
    private static Subscription season() throws ReflectiveOperationException {
        Subscription s = new Subscription(7, W50, IsoWeek.parse("2027-W09"), new BasketChoice(SIZE, POINT,
                Set.of(EGGS)), false, W50, "desk", NOW);
        Field id = Subscription.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(s, 42L);
        return s;
    }

    private static Money total(List<ChargeLine> lines) {
        return lines.stream().map(ChargeLine::amount).reduce(Money.ZERO, Money::plus);
    }

    @Test
    void monthlyBillsEachBasketDeliveredOnItsMonthAtItsDaysPriceAndNothingForTheClosedWeek() throws Exception {
        Subscription s = season();
        List<ChargeLine> lines = SubscriptionCharges.asOf(LocalDate.of(2027, 1, 10), s,
                offers(BillingModel.MONTHLY, null), CALENDAR, Map.of(), 4).lines();
        // W50, W51, W52 (moved to Wednesday 23), W53 closed, 2027-W01 (Thursday 7 January): size and eggs each
        assertEquals(8, lines.size());
        ChargeLine christmas = lines.get(4);
        assertEquals("baskets:s42:2026-W52:o1", christmas.key());
        assertEquals(LocalDate.of(2026, 12, 23), christmas.serviceDate());
        assertEquals(YearMonth.of(2026, 12), christmas.bill());
        assertEquals(LocalDate.of(2027, 1, 1), christmas.dueOn());
        ChargeLine january = lines.get(6);
        assertEquals(YearMonth.of(2027, 1), january.bill());
        assertEquals(Money.parse("12.50"), january.amount(), "the price of its delivery day");
        assertEquals(Money.parse("12.00").times(3).plus(Money.parse("12.50")).plus(Money.parse("3.00").times(4)),
                total(lines));
    }

    @Test
    void aDeliveryIsOwedFromItsDayOn() throws Exception {
        Map<Long, BasketOffer> offers = offers(BillingModel.MONTHLY, null);
        assertEquals(List.of(), SubscriptionCharges.asOf(LocalDate.of(2026, 12, 9), season(), offers, CALENDAR,
                Map.of(), 4).lines());
        assertEquals(2, SubscriptionCharges.asOf(LocalDate.of(2026, 12, 10), season(), offers, CALENDAR,
                Map.of(), 4).lines().size());
    }

    @Test
    void prepaidDrawsEachBasketDownOnItsDeliveryDay() throws Exception {
        List<ChargeLine> lines = SubscriptionCharges.asOf(LocalDate.of(2026, 12, 31), season(),
                offers(BillingModel.PREPAID, null), CALENDAR, Map.of(), 4).lines();
        assertEquals(6, lines.size());
        lines.forEach(l -> assertEquals(l.serviceDate(), l.dueOn()));
    }

    @Test
    void creditedAbsencesAreNotChargedUpToTheNumberIncludedAndMadeUpOnesAre() throws Exception {
        Subscription s = season();
        Map<IsoWeek, Absence> away = new HashMap<>();
        for (String w : List.of("2026-W50", "2026-W51", "2027-W01")) {
            IsoWeek week = IsoWeek.parse(w);
            away.put(week, new Absence(s, week, AbsenceHandling.CREDIT, null, null, "t", NOW));
        }
        IsoWeek donated = IsoWeek.parse("2027-W02");
        away.put(donated, new Absence(s, donated, AbsenceHandling.DONATE, null, null, "t", NOW));
        List<ChargeLine> lines = SubscriptionCharges.asOf(LocalDate.of(2027, 1, 21), s,
                offers(BillingModel.MONTHLY, null), CALENDAR, away, 2).lines();
        // delivered: W50..W52, W01..W03 = 6; the first two credited; W01 beyond the two included; W02 donated
        assertEquals(List.of("2026-W52", "2027-W01", "2027-W02", "2027-W03"), lines.stream()
                .map(l -> l.key().split(":")[2]).distinct().toList());
    }

    @Test
    void aContractIsPaidInEqualPartsOfItsOwnWeeksEachOwedFromItsDay() throws Exception {
        Subscription s = season();
        Map<Long, BasketOffer> offers = offers(BillingModel.CONTRACT, Instalments.MONTHLY);
        // 12 weeks delivered (W53 closed): 3 at 15.00 in December, 9 at 15.50 from January
        Money whole = Money.parse("15.00").times(3).plus(Money.parse("15.50").times(9));
        List<ChargeLine> due = SubscriptionCharges.asOf(LocalDate.of(2027, 1, 1), s, offers, CALENDAR, Map.of(), 4)
                .lines();
        assertEquals(List.of("baskets:s42:part1", "baskets:s42:part2"), due.stream().map(ChargeLine::key).toList());
        assertEquals(LocalDate.of(2026, 12, 10), due.get(0).dueOn(), "the first part on the first delivery");
        assertEquals(LocalDate.of(2027, 1, 1), due.get(1).dueOn());
        List<ChargeLine> all = SubscriptionCharges.asOf(LocalDate.of(2027, 3, 31), s, offers, CALENDAR, Map.of(), 4)
                .lines();
        assertEquals(4, all.size(), "December to March");
        assertEquals(whole, total(all));
        assertEquals(List.of(Money.parse("46.13"), Money.parse("46.13"), Money.parse("46.12"), Money.parse("46.12")),
                all.stream().map(ChargeLine::amount).toList(), "the leftover cents go to the first parts");
    }

    @Test
    void aContractStartingLaterPaysOnlyItsOwnWeeksAndACreditedAbsenceLowersItsParts() throws Exception {
        Subscription s = new Subscription(7, IsoWeek.parse("2027-W06"), IsoWeek.parse("2027-W09"),
                new BasketChoice(SIZE, POINT, Set.of()), false, W50, "desk", NOW);
        Field id = Subscription.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(s, 43L);
        Map<Long, BasketOffer> offers = offers(BillingModel.CONTRACT, Instalments.ONCE);
        List<ChargeLine> once = SubscriptionCharges.asOf(LocalDate.of(2027, 2, 11), s, offers, CALENDAR, Map.of(), 4)
                .lines();
        assertEquals(Money.parse("50.00"), total(once), "four weeks at 12.50");
        IsoWeek w08 = IsoWeek.parse("2027-W08");
        Money less = total(SubscriptionCharges.asOf(LocalDate.of(2027, 2, 11), s, offers, CALENDAR,
                Map.of(w08, new Absence(s, w08, AbsenceHandling.CREDIT, null, null, "t", NOW)), 4).lines());
        assertEquals(Money.parse("37.50"), less);
    }

    @Test
    void aBasketWithoutAPriceOnItsDayIsCountedSoTheRunCanSaySo() throws Exception {
        BasketOffer unpriced = new BasketOffer(new OfferDetails(OfferKind.SIZE, "Nouveau", null), NOW);
        BasketOffer eggs = new BasketOffer(new OfferDetails(OfferKind.OPTION, "Œufs", null), NOW);
        SubscriptionCharges.Owed owed = SubscriptionCharges.asOf(LocalDate.of(2026, 12, 17), season(),
                Map.of(SIZE, unpriced, EGGS, eggs), CALENDAR, Map.of(), 4);
        assertEquals(4, owed.unpriced());
        assertEquals(Money.ZERO, total(owed.lines()));
    }

    @Test
    void aRoundAddsItsDeliveryFeeToEachBasketItDelivers() throws Exception {
        BasketOffer fee = new BasketOffer(new OfferDetails(OfferKind.DELIVERY, "Livraison à domicile", null), NOW);
        fee.priceFrom(LocalDate.of(2026, 11, 1), Money.parse("1.50"), "t", NOW);
        Map<Long, BasketOffer> offers = new HashMap<>(offers(BillingModel.MONTHLY, null));
        offers.put(9L, fee);
        List<ChargeLine> lines = SubscriptionCharges.asOf(LocalDate.of(2026, 12, 17), season(), offers, calendar(9L),
                Map.of(), 4).lines();
        assertEquals(List.of("baskets:s42:2026-W50:o1", "baskets:s42:2026-W50:o5", "baskets:s42:2026-W50:o9",
                "baskets:s42:2026-W51:o1", "baskets:s42:2026-W51:o5", "baskets:s42:2026-W51:o9"),
                lines.stream().map(ChargeLine::key).toList());
        assertEquals(Money.parse("33.00"), total(lines));
    }

    @Test
    void aSolidarityBasketSplitsTheSizesPriceBetweenTheHouseholdAndItsFunder() throws Exception {
        Subscription s = new Subscription(7, W50, IsoWeek.parse("2027-W09"), new BasketChoice(SIZE, POINT,
                Set.of(EGGS), 4L), false, W50, "desk", NOW);
        Field id = Subscription.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(s, 44L);
        SubscriptionCharges.Calendar funded = new SubscriptionCharges.Calendar() {
            @Override
            public Optional<LocalDate> deliveryDay(long pointId, IsoWeek week) {
                return THURSDAYS.deliveryIn(week);
            }

            @Override
            public Optional<Long> deliveryFee(long pointId) {
                return Optional.empty();
            }

            @Override
            public Optional<Money> funderShare(long funderId) {
                return funderId == 4L ? Optional.of(Money.parse("20.00")) : Optional.empty();
            }
        };
        SubscriptionCharges.Owed owed = SubscriptionCharges.asOf(LocalDate.of(2026, 12, 17), s,
                offers(BillingModel.MONTHLY, null), funded, Map.of(), 4);
        // the share is more than the size's 12.00: the funder carries the price, the household the eggs only
        assertEquals(Money.parse("6.00"), total(owed.lines()));
        assertEquals(Money.parse("24.00"), total(owed.funded().get(4L)));
        assertEquals("baskets:s44:2026-W50:f4", owed.funded().get(4L).get(0).key());
    }
}
