package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sillon.baskets.entity.AbsenceHandling;
import org.sillon.baskets.entity.BasketOffer;
import org.sillon.baskets.entity.DropOffPoint;
import org.sillon.baskets.entity.IsoWeek;
import org.sillon.people.boundary.HouseholdCard;
import org.sillon.people.boundary.Households;

/**
 * The weekly distribution: for a week, each drop-off point's baskets (household, size, options, who collects)
 * with their totals, and the grand totals the garden harvests and packs. A basket is made up for each active
 * subscription of the week unless the garden is closed or the household is away with its basket credited or
 * shifted; a week that receives a shifted basket makes up one more.
 */
@ApplicationScoped
@Transactional
public class Distributions {

    /** One household's basket of the week at its drop-off point. */
    public record Basket(long subscriptionId, long householdId, String household, String size, List<String> options,
            int quantity, String collectedBy, boolean donated, String shiftedFrom) {

        /** The options as one line: "Fruits de saison, Œufs (6)". */
        public String optionsLine() {
            return String.join(", ", options);
        }
    }

    /** How many of an offer (a size or an option) are made up. */
    public record Total(long offerId, String offer, OfferKind kind, long quantity) {
    }

    /** A drop-off point's part of the week: its sheet. */
    public record PointSheet(long pointId, String name, String address, String openingHours, LocalDate day,
            int capacity, List<Basket> baskets, List<Total> totals) {
    }

    /** The whole week. A closed week has no sheets and says why. */
    public record Distribution(String week, boolean closed, String closure, List<PointSheet> points,
            List<Total> totals, long baskets) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Households households;

    @Inject
    Offers offers;

    @Inject
    DropOffPoints points;

    @Inject
    DeliveryCalendars calendars;

    /** The week's baskets, per drop-off point by name, households in each by name as French sorts them. */
    public Distribution of(IsoWeek week) {
        Map<IsoWeek, String> closed = calendars.closedWeeks(week, week);
        if (closed.containsKey(week)) {
            return new Distribution(week.toString(), true, closed.get(week), List.of(), List.of(), 0);
        }
        List<BasketOffer> all = offers.list();
        Map<Long, BasketOffer> offerById = all.stream()
                .collect(Collectors.toMap(BasketOffer::id, Function.identity()));
        Map<Long, LocalDate> days = calendars.deliveryDays(week);
        List<Row> rows = rows(week);
        Map<Long, HouseholdCard> cards = households.cards(rows.stream().map(Row::householdId).distinct().toList())
                .stream().collect(Collectors.toMap(HouseholdCard::id, Function.identity()));
        Collator french = Collator.getInstance(Locale.FRENCH);
        Map<Long, List<Basket>> byPoint = new HashMap<>();
        for (Row r : rows) {
            HouseholdCard card = cards.get(r.householdId());
            List<String> options = r.optionIds().stream().map(offerById::get).map(BasketOffer::name)
                    .sorted(french).toList();
            byPoint.computeIfAbsent(r.pointId(), k -> new ArrayList<>()).add(new Basket(r.subscriptionId(),
                    r.householdId(), card == null ? "#" + r.householdId() : card.name(),
                    offerById.get(r.sizeOfferId()).name(), options, r.quantity(), r.givenTo(),
                    r.handling() == AbsenceHandling.DONATE, r.shiftedFrom() == null ? null : r.shiftedFrom().toString()));
        }
        List<PointSheet> sheets = new ArrayList<>();
        Map<Long, Long> grand = new HashMap<>();
        for (DropOffPoint p : points.list()) {
            List<Basket> baskets = byPoint.getOrDefault(p.id(), List.of()).stream()
                    .sorted(Comparator.comparing(Basket::household, french)).toList();
            if (baskets.isEmpty()) {
                continue;
            }
            Map<Long, Long> counts = count(rows, p.id());
            counts.forEach((offer, n) -> grand.merge(offer, n, Long::sum));
            sheets.add(new PointSheet(p.id(), p.name(), p.address() == null ? null : p.address().oneLine(),
                    p.openingHours(), days.get(p.id()), p.capacity(), baskets, totals(counts, all)));
        }
        long total = sheets.stream().flatMap(s -> s.baskets().stream()).mapToLong(Basket::quantity).sum();
        return new Distribution(week.toString(), false, null, sheets, totals(grand, all), total);
    }

    /** A week of the forecast: the baskets and options to make up, none when the garden is closed. */
    public record WeekForecast(String week, boolean closed, long baskets, List<Total> totals) {
    }

    /** The most weeks a forecast looks ahead: a quarter, for production planning. */
    public static final int FORECAST_WEEKS = 12;

    /**
     * The baskets per size and option of each week from {@code first} on, for {@code weeks} weeks (at most
     * {@link #FORECAST_WEEKS}), as the subscriptions, terms and absences stand now: one aggregate statement.
     */
    public List<WeekForecast> forecast(IsoWeek first, int weeks) {
        IsoWeek last = first.plus(weeks - 1L);
        Map<IsoWeek, String> closed = calendars.closedWeeks(first, last);
        List<String> open = new ArrayList<>();
        for (IsoWeek w = first; w.compareTo(last) <= 0; w = w.plus(1)) {
            if (!closed.containsKey(w)) {
                open.add(w.toString());
            }
        }
        Map<String, Map<Long, Long>> counts = new HashMap<>();
        if (!open.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(FORECAST).setParameter(1, String.join(",", open))
                    .getResultList();
            for (Object[] r : rows) {
                counts.computeIfAbsent((String) r[0], k -> new HashMap<>())
                        .put(((Number) r[1]).longValue(), ((Number) r[2]).longValue());
            }
        }
        List<BasketOffer> all = offers.list();
        List<WeekForecast> answer = new ArrayList<>();
        for (IsoWeek w = first; w.compareTo(last) <= 0; w = w.plus(1)) {
            Map<Long, Long> c = counts.getOrDefault(w.toString(), Map.of());
            List<Total> totals = totals(c, all);
            long baskets = totals.stream().filter(t -> t.kind() == OfferKind.SIZE).mapToLong(Total::quantity).sum();
            answer.add(new WeekForecast(w.toString(), closed.containsKey(w), baskets, totals));
        }
        return answer;
    }

    /**
     * Per week and offer, the baskets made up: each active subscription of the week with its term in force, less
     * the weeks away whose basket is not made up, plus the baskets shifted into the week; options counted with
     * their basket.
     */
    private static final String FORECAST = """
            with weeks(w) as (select unnest(string_to_array(?1, ','))),
            shifted as (select subscription_id, shifted_to, count(*) n from absence
                        where shifted_to is not null group by subscription_id, shifted_to),
            baskets as (
              select weeks.w, t.id term_id, t.size_offer_id,
                     (case when a.handling is null or a.handling in ('GIFT', 'DONATE') then 1 else 0 end)
                       + coalesce(sh.n, 0) qty
                from weeks
                join subscription s on s.state = 'ACTIVE' and s.first_week <= weeks.w and s.last_week >= weeks.w
                join lateral (select t.id, t.size_offer_id from subscription_term t where t.subscription_id = s.id
                                 and t.from_week <= weeks.w order by t.from_week desc limit 1) t on true
                left join absence a on a.subscription_id = s.id and a.iso_week = weeks.w
                left join shifted sh on sh.subscription_id = s.id and sh.shifted_to = weeks.w)
            select w, size_offer_id, sum(qty) from baskets group by w, size_offer_id
            union all
            select b.w, o.offer_id, sum(b.qty) from baskets b join subscription_term_option o on o.term_id = b.term_id
             group by b.w, o.offer_id""";

    /** The week at one drop-off point only: its sheet and totals (none when it has no basket that week). */
    public Distribution ofPoint(IsoWeek week, long pointId) {
        points.find(pointId);
        Distribution all = of(week);
        List<PointSheet> only = all.points().stream().filter(p -> p.pointId() == pointId).toList();
        return new Distribution(all.week(), all.closed(), all.closure(), only,
                only.isEmpty() ? List.of() : only.get(0).totals(),
                only.stream().flatMap(p -> p.baskets().stream()).mapToLong(Basket::quantity).sum());
    }

    /** A subscription's basket of the week, as stored. */
    private record Row(long subscriptionId, long householdId, long sizeOfferId, long pointId, List<Long> optionIds,
            AbsenceHandling handling, String givenTo, IsoWeek shiftedFrom, int quantity) {
    }

    /**
     * The week's baskets in one statement over the component's own tables: each active subscription of the week
     * with its term in force, its options, its absence and the basket shifted into the week, if any.
     */
    private List<Row> rows(IsoWeek week) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("select s.id, s.household_id, t.size_offer_id,"
                + " t.drop_off_point_id,"
                + " (select string_agg(o.offer_id::text, ',') from subscription_term_option o where o.term_id = t.id),"
                + " a.handling, a.given_to,"
                + " (select min(x.iso_week) from absence x where x.subscription_id = s.id and x.shifted_to = ?1),"
                + " (select count(*) from absence x where x.subscription_id = s.id and x.shifted_to = ?1)"
                + " from subscription s"
                + " join lateral (select * from subscription_term t where t.subscription_id = s.id"
                + "   and t.from_week <= ?1 order by t.from_week desc limit 1) t on true"
                + " left join absence a on a.subscription_id = s.id and a.iso_week = ?1"
                + " where s.state = 'ACTIVE' and s.first_week <= ?1 and s.last_week >= ?1")
                .setParameter(1, week.toString()).getResultList();
        List<Row> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            AbsenceHandling handling = r[5] == null ? null : AbsenceHandling.valueOf((String) r[5]);
            int shiftedIn = ((Number) r[8]).intValue();
            int quantity = (handling == null || handling.madeUp() ? 1 : 0) + shiftedIn;
            if (quantity == 0) {
                continue;
            }
            List<Long> options = r[4] == null ? List.of()
                    : Arrays.stream(((String) r[4]).split(",")).map(Long::valueOf).toList();
            rows.add(new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), options, handling, (String) r[6],
                    r[7] == null ? null : IsoWeek.parse((String) r[7]), quantity));
        }
        return rows;
    }

    private static Map<Long, Long> count(List<Row> rows, long pointId) {
        Map<Long, Long> counts = new HashMap<>();
        for (Row r : rows) {
            if (r.pointId() == pointId) {
                counts.merge(r.sizeOfferId(), (long) r.quantity(), Long::sum);
                r.optionIds().forEach(o -> counts.merge(o, (long) r.quantity(), Long::sum));
            }
        }
        return counts;
    }

    /** The totals in the offers' order: sizes first, then options, each by name. */
    private static List<Total> totals(Map<Long, Long> counts, List<BasketOffer> offersInOrder) {
        return offersInOrder.stream().filter(o -> counts.containsKey(o.id()))
                .map(o -> new Total(o.id(), o.name(), o.kind(), counts.get(o.id()))).toList();
    }
}
