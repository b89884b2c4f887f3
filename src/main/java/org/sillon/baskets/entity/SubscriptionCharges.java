package org.sillon.baskets.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sillon.baskets.boundary.BillingModel;
import org.sillon.baskets.boundary.Instalments;
import org.sillon.ledger.boundary.ChargeLine;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Money;

/**
 * What a subscription owes as of a day, by the billing model of its first size:
 * <ul>
 * <li>{@link BillingModel#MONTHLY}: each basket delivered (size and options, at the prices of its delivery day),
 * on the bill of its month, due the first day of the next;</li>
 * <li>{@link BillingModel#PREPAID}: the same baskets, each due on its delivery day, drawing the balance down;</li>
 * <li>{@link BillingModel#CONTRACT}: the price of every basket of its weeks, paid in equal parts, each part
 * owed once its day has come.</li>
 * </ul>
 * A solidarity basket's size costs the household its price less the funder's share, which is charged to the funder
 * each month for the baskets delivered. A round's delivery fee is charged with each basket it delivers. A closed or paused week delivers nothing and costs
 * nothing, so a subscription starting mid-season pays for its own weeks
 * only. An absence credited under the association's policy is not charged, up to the number the price includes;
 * one beyond that, or one whose basket is made up, shifted or given, is. A contract's parts are recalculated
 * from its current weeks each time; the ledger turns a change into corrections.
 */
public final class SubscriptionCharges {

    /**
     * Where baskets go, as billing reads it: a point's or round's delivery day in a week (empty when the garden is
     * closed), and the delivery fee offer a round adds to each basket (empty for none).
     */
    public interface Calendar {
        Optional<LocalDate> deliveryDay(long pointId, IsoWeek week);

        Optional<Long> deliveryFee(long pointId);

        /** How many of each extra (by offer id) the subscription adds to its basket of {@code week}. */
        default Map<Long, Integer> extras(long subscriptionId, IsoWeek week) {
            return Map.of();
        }

        /** The share of a solidarity basket's price that the funder carries; empty for an unknown funder. */
        default Optional<Money> funderShare(long funderId) {
            return Optional.empty();
        }
    }

    /**
     * The lines the household owes, the lines each funder owes for its share of solidarity baskets (by funder id),
     * and how many baskets had a size or option without a price on their day (charged nothing).
     */
    public record Owed(List<ChargeLine> lines, Map<Long, List<ChargeLine>> funded, int unpriced) {
    }

    private record Delivered(IsoWeek week, LocalDate day, long offerId, BasketOffer offer, Money price, boolean priced) {
    }

    private SubscriptionCharges() {
    }

    /** The prefix of every line key of subscription {@code id}: the scope its postings reconcile. */
    public static String scope(long id) {
        return "baskets:s" + id + ":";
    }

    public static Owed asOf(LocalDate today, Subscription s, Map<Long, BasketOffer> offers, Calendar calendar,
            Map<IsoWeek, Absence> absences, int absencesIncluded) {
        if (s.state() != SubscriptionState.ACTIVE) {
            return new Owed(List.of(), Map.of(), 0);
        }
        Map<Long, List<ChargeLine>> funded = new java.util.TreeMap<>();
        BasketOffer firstSize = offers.get(s.terms().get(0).sizeOfferId());
        List<Delivered> delivered = new ArrayList<>();
        int credited = 0;
        for (IsoWeek w = s.firstWeek(); w.compareTo(s.lastWeek()) <= 0; w = w.plus(1)) {
            SubscriptionTerm term = s.termIn(w);
            Optional<LocalDate> day = calendar.deliveryDay(term.dropOffPointId(), w);
            if (day.isEmpty() || s.paused(w)) {
                continue;
            }
            Absence away = absences.get(w);
            if (away != null && away.handling() == AbsenceHandling.CREDIT && credited < absencesIncluded) {
                credited++;
                continue;
            }
            List<Long> items = new ArrayList<>();
            items.add(term.sizeOfferId());
            term.optionIds().stream().sorted().forEach(items::add);
            calendar.deliveryFee(term.dropOffPointId()).ifPresent(items::add);
            // extras go with a basket made up that week, not with one shifted away
            Map<Long, Integer> extras = away != null && !away.handling().madeUp() ? Map.of() : calendar.extras(s.id(), w);
            extras.keySet().stream().sorted().forEach(items::add);
            Optional<Money> share = term.funderId() == null ? Optional.empty()
                    : calendar.funderShare(term.funderId());
            for (long offerId : items) {
                BasketOffer offer = offers.get(offerId);
                Optional<Money> price = offer.priceOn(day.get());
                Money amount = price.orElse(Money.ZERO).times(extras.getOrDefault(offerId, 1));
                if (offerId == term.sizeOfferId() && share.isPresent()) {
                    Money carried = carried(share.get(), amount);
                    amount = amount.minus(carried);
                    if (!day.get().isAfter(today)) {
                        YearMonth bill = YearMonth.from(day.get());
                        funded.computeIfAbsent(term.funderId(), k -> new ArrayList<>()).add(new ChargeLine(scope(s.id())
                                + w + ":f" + term.funderId(), offer.name() + " " + w, day.get(), bill,
                                bill.plusMonths(1).atDay(1), carried));
                    }
                }
                delivered.add(new Delivered(w, day.get(), offerId, offer, amount, price.isPresent()));
            }
        }
        boolean contract = firstSize.billing() == BillingModel.CONTRACT;
        List<ChargeLine> lines = contract ? contractParts(today, s, firstSize, delivered)
                : deliveredBaskets(today, s, firstSize.billing(), delivered);
        // a contract prices all its weeks now; the other models only the baskets delivered so far
        int unpriced = (int) delivered.stream().filter(d -> !d.priced && (contract || !d.day.isAfter(today))).count();
        return new Owed(lines, funded, unpriced);
    }

    /** What a funder carries of a solidarity basket's size: its share, never more than the size's price. */
    public static Money carried(Money share, Money sizePrice) {
        return share.compareTo(sizePrice) < 0 ? share : sizePrice;
    }

    private static List<ChargeLine> deliveredBaskets(LocalDate today, Subscription s, BillingModel billing,
            List<Delivered> delivered) {
        List<ChargeLine> lines = new ArrayList<>();
        for (Delivered d : delivered) {
            if (d.day.isAfter(today)) {
                break;
            }
            YearMonth bill = YearMonth.from(d.day);
            LocalDate due = billing == BillingModel.PREPAID ? d.day : bill.plusMonths(1).atDay(1);
            lines.add(new ChargeLine(scope(s.id()) + d.week + ":o" + d.offerId, d.offer.name() + " " + d.week,
                    d.day, bill, due, d.price));
        }
        return lines;
    }

    /**
     * The contract's parts: one on the first delivery day, or one per month or quarter from the first delivery's
     * month to the last's, each due the first day of its month (the first on the first delivery).
     */
    private static List<ChargeLine> contractParts(LocalDate today, Subscription s, BasketOffer size,
            List<Delivered> delivered) {
        if (delivered.isEmpty()) {
            return List.of();
        }
        Money total = delivered.stream().map(Delivered::price).reduce(Money.ZERO, Money::plus);
        LocalDate first = delivered.get(0).day;
        LocalDate last = delivered.get(delivered.size() - 1).day;
        List<LocalDate> dues = new ArrayList<>();
        dues.add(first);
        Instalments instalments = size.instalments();
        if (instalments.months() > 0) {
            for (YearMonth m = YearMonth.from(first).plusMonths(instalments.months());
                    !m.isAfter(YearMonth.from(last)); m = m.plusMonths(instalments.months())) {
                dues.add(m.atDay(1));
            }
        }
        List<Money> parts = total.split(dues.size());
        List<ChargeLine> lines = new ArrayList<>();
        for (int i = 0; i < dues.size() && !dues.get(i).isAfter(today); i++) {
            LocalDate due = dues.get(i);
            lines.add(new ChargeLine(scope(s.id()) + "part" + (i + 1),
                    size.name() + " " + s.firstWeek() + "/" + s.lastWeek() + " (" + (i + 1) + "/" + dues.size() + ")",
                    due, YearMonth.from(due), due, parts.get(i)));
        }
        return lines;
    }
}
