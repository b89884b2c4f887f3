package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sillon.baskets.entity.AbsenceHandling;
import org.sillon.baskets.entity.Handover;
import org.sillon.baskets.entity.HandoverOutcome;
import org.sillon.baskets.entity.Subscription;
import org.sillon.baskets.entity.WeekContents;
import org.sillon.baskets.entity.BasketOffer;
import org.sillon.baskets.entity.DropOffPoint;
import org.sillon.people.boundary.Households;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.FrenchOrder;
import org.sillon.platform.control.PlainRows;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.IsoWeek;

/**
 * The weekly distribution: for a week, each drop-off point's baskets (household, size, options, who collects)
 * with their totals, and the grand totals the garden harvests and packs. A basket is made up for each active
 * subscription of the week unless the garden is closed or the household is away with its basket credited or
 * shifted; a week that receives a shifted basket makes up one more.
 */
@ApplicationScoped
@Transactional
public class Distributions {

    public static final String HANDOVER_AUDIT_TYPE = "Handover";

    /**
     * One household's basket of the week at its drop-off point, or on its round: then with its stop's place in the
     * round's order, the address it goes to and how to deliver it.
     */
    public record Basket(long subscriptionId, long householdId, String household, String size, List<String> options,
            int quantity, String collectedBy, boolean donated, String shiftedFrom, HandoverOutcome outcome,
            Integer stop, String address, String instructions, List<String> extras) {

        /** The options and extras as one line: "Fruits de saison, Œufs (6) · Pain ×2". */
        public String optionsLine() {
            String line = String.join(", ", options);
            return extras.isEmpty() ? line : line.isEmpty() ? String.join(", ", extras)
                    : line + " · " + String.join(", ", extras);
        }
    }

    /** How many of an offer (a size or an option) are made up. */
    public record Total(long offerId, String offer, OfferKind kind, long quantity) {
    }

    /** A drop-off point's or a round's part of the week: its signing sheet, or its route sheet in stop order. */
    public record PointSheet(long pointId, PointKind kind, String name, String address, String openingHours,
            LocalDate day, int capacity, List<Basket> baskets, List<Total> totals, List<String> volunteers) {

        public boolean isRound() {
            return kind == PointKind.ROUND;
        }
    }

    /** The whole week. A closed week has no sheets and says why. */
    public record Distribution(String week, boolean closed, String closure, List<PointSheet> points,
            List<Total> totals, long baskets, List<BasketContents.SizeContents> contents, String news) {
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
    Rounds rounds;

    @Inject
    BasketContents contents;

    @Inject
    Duties duties;

    @Inject
    DeliveryCalendars calendars;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** A basket left at its point, for the animator to call about. */
    public record Uncollected(String week, long subscriptionId, long householdId, String household, String point) {
    }

    /**
     * Records what became of a subscription's basket of the week, once its delivery day has come; marked again,
     * the mark changes. Refused for a basket that was not made up that week.
     */
    public HandoverOutcome mark(IsoWeek week, long subscriptionId, HandoverOutcome outcome, Caller by) {
        if (outcome == null) {
            throw ProblemException.invalid("outcome", Message.of("required"));
        }
        Subscription s = subscriptions.find(subscriptionId);
        List<Row> baskets = new ArrayList<>();
        baskets(week, week, calendars.closedWeeks(week, week).keySet(), (w, row) -> {
            if (row.subscriptionId() == subscriptionId) {
                baskets.add(row);
            }
        }, subscriptionId, null);
        if (baskets.isEmpty()) {
            throw ProblemException.notFound(Message.of("handover.noBasket", week));
        }
        LocalDate day = calendars.deliveryDays(week).get(baskets.get(0).pointId());
        if (day != null && day.isAfter(LocalDate.now(clock))) {
            throw ProblemException.conflict("too-early", "week", Message.of("handover.tooEarly", day));
        }
        Handover h = em.createQuery("select h from Handover h where h.subscriptionId = :s and h.week = :week",
                Handover.class).setParameter("s", s.id()).setParameter("week", week).getResultList().stream()
                .findFirst().orElse(null);
        if (h == null) {
            h = new Handover(s.id(), week, outcome, by.username(), clock.instant());
            em.persist(h);
        } else {
            h.mark(outcome, by.username(), clock.instant());
        }
        em.flush();
        audit.updated(HANDOVER_AUDIT_TYPE, h.id(), Map.of(), Map.of("subscriptionId", s.id(), "week", week.toString(),
                "outcome", outcome));
        return outcome;
    }

    /** The baskets marked not collected from {@code first} to {@code last}, latest week first. */
    public List<Uncollected> uncollected(IsoWeek first, IsoWeek last) {
        List<Handover> left = em.createQuery("select h from Handover h where h.outcome = :o and h.week >= :first"
                + " and h.week <= :last order by h.week desc, h.id", Handover.class)
                .setParameter("o", HandoverOutcome.NOT_COLLECTED).setParameter("first", first).setParameter("last", last)
                .getResultList();
        Map<Long, Subscription> subs = new HashMap<>();
        left.forEach(h -> subs.computeIfAbsent(h.subscriptionId(), subscriptions::find));
        Map<Long, String> names = households.names(subs.values().stream().map(Subscription::householdId).toList());
        Map<Long, String> pointNames = points.list().stream().collect(Collectors.toMap(DropOffPoint::id,
                DropOffPoint::name));
        return left.stream().map(h -> {
            Subscription s = subs.get(h.subscriptionId());
            return new Uncollected(h.week().toString(), s.id(), s.householdId(), names.get(s.householdId()),
                    pointNames.get(s.termIn(h.week()).dropOffPointId()));
        }).toList();
    }

    /** The week's baskets, per drop-off point by name, households in each by name as French sorts them. */
    public Distribution of(IsoWeek week) {
        return of(week, null);
    }

    /** The week at one drop-off point only: its sheet and totals (none when it has no basket that week). */
    public Distribution ofPoint(IsoWeek week, long pointId) {
        points.find(pointId);
        return of(week, pointId);
    }

    /** The week at every point, or at one only when {@code point} is given: then only its baskets are read. */
    private Distribution of(IsoWeek week, Long point) {
        Map<IsoWeek, String> closed = calendars.closedWeeks(week, week);
        if (closed.containsKey(week)) {
            return new Distribution(week.toString(), true, closed.get(week), List.of(), List.of(), 0, List.of(), null);
        }
        List<BasketOffer> all = offers.list();
        Map<Long, BasketOffer> offerById = all.stream()
                .collect(Collectors.toMap(BasketOffer::id, Function.identity()));
        Map<Long, LocalDate> days = calendars.deliveryDays(week);
        List<Row> rows = new ArrayList<>();
        baskets(week, week, Set.of(), (w, row) -> rows.add(row), null, point);
        Map<Long, String> names = households.names(rows.stream().map(Row::householdId).collect(Collectors.toSet()));
        Map<Long, HandoverOutcome> marked = new HashMap<>();
        em.createQuery("select h from Handover h where h.week = :week", Handover.class).setParameter("week", week)
                .getResultList().forEach(h -> marked.put(h.subscriptionId(), h.outcome()));
        List<DropOffPoint> destinations = points.list();
        Map<Long, Map<Long, Integer>> stops = new HashMap<>();
        Set<Long> delivered = new HashSet<>();
        for (DropOffPoint p : destinations) {
            if (p.isRound()) {
                stops.put(p.id(), rounds.positions(p.id()));
                rows.stream().filter(r -> r.pointId() == p.id()).forEach(r -> delivered.add(r.householdId()));
            }
        }
        Map<Long, Households.Delivery> doors = households.deliveries(delivered);
        Map<Long, List<Sorted>> byPoint = new HashMap<>();
        Map<Long, Map<Long, Long>> counts = new HashMap<>();
        // few distinct choices of options: each one's names sorted once
        Map<List<Long>, List<String>> optionNames = new HashMap<>();
        for (Row r : rows) {
            List<String> options = optionNames.computeIfAbsent(r.optionIds(), ids -> ids.stream()
                    .map(offerById::get).map(BasketOffer::name).sorted(FrenchOrder.ORDER).toList());
            Map<Long, Integer> order = stops.get(r.pointId());
            Households.Delivery door = order == null ? null : doors.get(r.householdId());
            String name = names.get(r.householdId());
            // French order by keys made once per basket costs a fraction of the collator's comparisons
            byPoint.computeIfAbsent(r.pointId(), k -> new ArrayList<>()).add(new Sorted(name == null ? ""
                    : FrenchOrder.key(name), new Basket(r.subscriptionId(),
                    r.householdId(), name != null ? name : "#" + r.householdId(),
                    offerById.get(r.sizeOfferId()).name(), options, r.quantity(), r.givenTo(),
                    r.handling() == AbsenceHandling.DONATE, r.shiftedFrom() == null ? null : r.shiftedFrom().toString(),
                    marked.isEmpty() ? null : marked.get(r.subscriptionId()),
                    order == null ? null : order.get(r.householdId()),
                    door == null ? null : door.address(), door == null ? null : door.instructions(),
                    r.extras().isEmpty() ? List.of() : r.extras().entrySet().stream()
                            .map(e -> offerById.get(e.getKey()).name() + " ×" + e.getValue())
                            .sorted(FrenchOrder.ORDER).toList())));
            count(counts.computeIfAbsent(r.pointId(), k -> new HashMap<>()), r);
        }
        Comparator<Sorted> byName = (a, b) -> FrenchOrder.compare(a.basket().household(), a.key(),
                b.basket().household(), b.key());
        // a round in its stops' order; a household without a stop yet (taken over) after them, by name
        Comparator<Sorted> byStop = Comparator.comparing(k -> k.basket().stop(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        List<PointSheet> sheets = new ArrayList<>();
        Map<Long, Long> grand = new HashMap<>();
        Map<Long, List<String>> volunteers = duties.volunteers(week);
        for (DropOffPoint p : destinations) {
            Comparator<Sorted> order = p.isRound() ? byStop.thenComparing(byName) : byName;
            List<Sorted> sorted = byPoint.getOrDefault(p.id(), List.of());
            if (sorted.isEmpty()) {
                continue;
            }
            sorted.sort(order.thenComparingLong(k -> k.basket().subscriptionId()));
            List<Basket> baskets = sorted.stream().map(Sorted::basket).toList();
            Map<Long, Long> pointCounts = counts.get(p.id());
            pointCounts.forEach((offer, n) -> grand.merge(offer, n, Long::sum));
            sheets.add(new PointSheet(p.id(), p.kind(), p.name(), p.address() == null ? null : p.address().oneLine(),
                    p.openingHours(), days.get(p.id()), p.capacity(), baskets, totals(pointCounts, all),
                    volunteers.getOrDefault(p.id(), List.of())));
        }
        long total = sheets.stream().flatMap(s -> s.baskets().stream()).mapToLong(Basket::quantity).sum();
        WeekContents inside = contents.of(week);
        return new Distribution(week.toString(), false, null, sheets, totals(grand, all), total,
                contents.bySize(inside), inside.news());
    }

    /**
     * A basket beside its household's French sort key, so that sorting a point's 2,000 baskets reads the key at
     * hand instead of looking it up twice per comparison (those lookups were a third of the week's time).
     */
    private record Sorted(String key, Basket basket) {
    }

    /** A week of the forecast: the baskets and options to make up, none when the garden is closed. */
    public record WeekForecast(String week, boolean closed, long baskets, List<Total> totals) {
    }

    /** The most weeks a forecast looks ahead: a quarter, for production planning. */
    public static final int FORECAST_WEEKS = 12;

    /**
     * The baskets per size and option of each week from {@code first} on, for {@code weeks} weeks (at most
     * {@link #FORECAST_WEEKS}), as the subscriptions, terms and absences stand now: counted as {@link #baskets} does.
     */
    public List<WeekForecast> forecast(IsoWeek first, int weeks) {
        IsoWeek last = first.plus(weeks - 1L);
        Map<IsoWeek, String> closed = calendars.closedWeeks(first, last);
        Map<IsoWeek, Map<Long, Long>> counts = new HashMap<>();
        baskets(first, last, closed.keySet(), (week, row) -> count(counts.computeIfAbsent(week, k -> new HashMap<>()),
                row));
        List<BasketOffer> all = offers.list();
        List<WeekForecast> answer = new ArrayList<>();
        for (IsoWeek w = first; w.compareTo(last) <= 0; w = w.plus(1)) {
            List<Total> totals = totals(counts.getOrDefault(w, Map.of()), all);
            long baskets = totals.stream().filter(t -> t.kind() == OfferKind.SIZE).mapToLong(Total::quantity).sum();
            answer.add(new WeekForecast(w.toString(), closed.containsKey(w), baskets, totals));
        }
        return answer;
    }

    /** A week away as the counts read it: handled how, collected by whom, shifted to which week. */
    private record Away(IsoWeek week, AbsenceHandling handling, String givenTo, IsoWeek shiftedTo) {
    }

    /**
     * Hands {@code each} every basket made up from {@code first} to {@code last}, but in {@code closed} weeks: per
     * week, each active subscription with the term in force (each term runs until the next one's week), less the
     * weeks away whose basket is not made up (credited or shifted), plus the baskets shifted into the week. Plain
     * statements (terms, their options, absences, pauses, extras) and the weeks counted here: their plans stay
     * simple whatever the number of subscriptions, where one statement joining it all was planned for a handful of
     * rows and took minutes for 100,000.
     */
    private void baskets(IsoWeek first, IsoWeek last, Set<IsoWeek> closed, BiConsumer<IsoWeek, Row> each) {
        baskets(first, last, closed, each, null, null);
    }

    /** The same, for one subscription only when {@code only} is given, at one drop-off point when {@code point} is. */
    private void baskets(IsoWeek first, IsoWeek last, Set<IsoWeek> closed, BiConsumer<IsoWeek, Row> each,
            Long only, Long point) {
        String atPoint = point == null ? "" : " and t.drop_off_point_id = ?";
        // a season has few distinct weeks: each is read once, not once per row
        Map<String, IsoWeek> weeks = new HashMap<>();
        Function<String, IsoWeek> week = text -> text == null ? null : weeks.computeIfAbsent(text, IsoWeek::parse);
        // the options apart: folded into the terms' statement as an aggregate, PostgreSQL planned it for a handful
        // of rows (row-level security hides the counts) and aggregated the options again for each term; joined
        // without aggregating, the two took longer together than apart (an interleaved A/B, performance.md)
        Map<Long, List<Long>> options = new HashMap<>();
        read("select o.term_id, o.offer_id from subscription_term_option o join subscription_term t on t.id = o.term_id"
                + " where t.from_week <= ? and (t.until_week is null or t.until_week > ?)" + atPoint,
                "t.subscription_id", only,
                r -> options.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getLong(2)),
                weeks(point, last, first));
        Map<Long, List<Away>> away = new HashMap<>();
        read("select subscription_id, iso_week, handling, given_to, shifted_to from absence"
                + " where (iso_week between ? and ? or shifted_to between ? and ?)", "subscription_id", only,
                r -> away.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Away(week.apply(r.getString(2)),
                        AbsenceHandling.valueOf(r.getString(3)), r.getString(4), week.apply(r.getString(5)))),
                first, last, first, last);
        Map<Long, List<IsoWeek[]>> paused = new HashMap<>();
        read("select subscription_id, from_week, to_week from subscription_pause where from_week <= ? and to_week >= ?",
                "subscription_id", only, r -> paused.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new IsoWeek[] {week.apply(r.getString(2)), week.apply(r.getString(3))}), last, first);
        Map<Long, List<Ordered>> extras = new HashMap<>();
        read("select e.subscription_id, e.offer_id, e.quantity, e.from_week, coalesce(e.to_week, s.last_week)"
                + " from extra_order e join subscription s on s.id = e.subscription_id"
                + " where e.from_week <= ? and coalesce(e.to_week, s.last_week) >= ?", "e.subscription_id", only,
                r -> extras.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Ordered(r.getLong(2),
                        r.getInt(3), week.apply(r.getString(4)), week.apply(r.getString(5)))), last, first);
        // the terms last, each counted as it is read: 100,000 of them kept until the statements above had run were
        // that much more for each young collection to copy
        Map<IsoWeek, IsoWeek> following = new HashMap<>();
        Consumer<Term> termBaskets = t -> {
            IsoWeek start = latest(latest(t.from(), t.first()), first);
            IsoWeek end = earliest(t.last(), last);
            if (t.until() != null) {
                end = earliest(end, t.until().plus(-1));
            }
            // the id boxed once for the three lookups, and not at all in a week without absence, pause or extra
            Long subscription = away.isEmpty() && paused.isEmpty() && extras.isEmpty() ? null : t.subscriptionId();
            List<Away> theirs = subscription == null ? List.of() : away.getOrDefault(subscription, List.of());
            List<IsoWeek[]> pauses = subscription == null ? List.of() : paused.getOrDefault(subscription, List.of());
            List<Ordered> ordered = subscription == null ? List.of() : extras.getOrDefault(subscription, List.of());
            List<Long> chosen = options.isEmpty() ? List.of() : options.getOrDefault(t.termId(), List.of());
            for (IsoWeek w = start; w.compareTo(end) <= 0; w = following.computeIfAbsent(w, x -> x.plus(1))) {
                if (!closed.contains(w) && !within(pauses, w)) {
                    basket(w, t, chosen, theirs, ordered, each);
                }
            }
        };
        // one week (the distribution): every term read is in force that week, so its weeks are not read; the
        // statement's hash of subscriptions then fits in memory and it sent half the bytes (performance.md)
        boolean one = first.equals(last);
        read("select s.id, s.household_id, t.id, t.size_offer_id, t.drop_off_point_id"
                + (one ? "" : ", t.from_week, t.until_week, s.first_week, s.last_week")
                + " from subscription s join subscription_term t on t.subscription_id = s.id"
                + " where s.state = 'ACTIVE' and s.first_week <= ? and s.last_week >= ?"
                + " and t.from_week <= ? and (t.until_week is null or t.until_week > ?)" + atPoint, "s.id", only,
                r -> termBaskets.accept(one
                        ? new Term(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), first, null,
                                first, first)
                        : new Term(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                                week.apply(r.getString(6)), week.apply(r.getString(7)), week.apply(r.getString(8)),
                                week.apply(r.getString(9)))), weeks(point, last, first, last, first));
    }

    /** A term in force in the weeks counted, with its subscription's first and last weeks. */
    private record Term(long subscriptionId, long householdId, long termId, long sizeOfferId, long pointId,
            IsoWeek from, IsoWeek until, IsoWeek first, IsoWeek last) {
    }

    /** The weeks as bound, then the drop-off point if one is given. */
    private static Object[] weeks(Long point, IsoWeek... weeks) {
        List<Object> parameters = new ArrayList<>(List.of(weeks));
        if (point != null) {
            parameters.add(point);
        }
        return parameters.toArray();
    }

    /**
     * Reads a statement's rows with plain JDBC, the weeks (as text) and other parameters bound in order; for one
     * subscription only, when {@code only} is given, by its {@code column}.
     */
    private void read(String sql, String column, Long only, PlainRows.Reader each, Object... bound) {
        List<Object> parameters = new ArrayList<>();
        for (Object p : bound) {
            parameters.add(p instanceof IsoWeek w ? w.toString() : p);
        }
        if (only != null) {
            parameters.add(only);
        }
        PlainRows.read(em, only == null ? sql : sql + " and " + column + " = ?", each, parameters.toArray());
    }

    /** The basket of one week of a term, if one is made up. */
    private static void basket(IsoWeek week, Term t, List<Long> options, List<Away> away, List<Ordered> ordered,
            BiConsumer<IsoWeek, Row> each) {
        Away absent = null;
        IsoWeek shiftedFrom = null;
        int shiftedIn = 0;
        // by index here and below: an iterator for each of 100,000 baskets, even over an empty list, was a fifth
        // of what a large week allocates with the boxing above (a flight recording)
        for (int i = 0; i < away.size(); i++) {
            Away a = away.get(i);
            if (a.week().equals(week)) {
                absent = a;
            }
            if (week.equals(a.shiftedTo())) {
                shiftedIn++;
                shiftedFrom = shiftedFrom == null || a.week().compareTo(shiftedFrom) < 0 ? a.week() : shiftedFrom;
            }
        }
        int quantity = (absent == null || absent.handling().madeUp() ? 1 : 0) + shiftedIn;
        if (quantity > 0) {
            Map<Long, Integer> extras = Map.of();
            if (!ordered.isEmpty() && (absent == null || absent.handling().madeUp())) {
                extras = new HashMap<>();
                for (int i = 0; i < ordered.size(); i++) {
                    Ordered o = ordered.get(i);
                    if (o.from().compareTo(week) <= 0 && o.to().compareTo(week) >= 0) {
                        extras.merge(o.offerId(), o.quantity(), Integer::sum);
                    }
                }
            }
            each.accept(week, new Row(t.subscriptionId(), t.householdId(), t.sizeOfferId(), t.pointId(), options,
                    absent == null ? null : absent.handling(), absent == null ? null : absent.givenTo(), shiftedFrom,
                    quantity, extras));
        }
    }

    /** Whether one of the pauses (each a first and a last week) holds {@code week}. */
    private static boolean within(List<IsoWeek[]> pauses, IsoWeek week) {
        for (int i = 0; i < pauses.size(); i++) {
            IsoWeek[] p = pauses.get(i);
            if (p[0].compareTo(week) <= 0 && p[1].compareTo(week) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static IsoWeek latest(IsoWeek a, IsoWeek b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static IsoWeek earliest(IsoWeek a, IsoWeek b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A subscription's basket of the week, as stored. */
    private record Row(long subscriptionId, long householdId, long sizeOfferId, long pointId, List<Long> optionIds,
            AbsenceHandling handling, String givenTo, IsoWeek shiftedFrom, int quantity, Map<Long, Integer> extras) {
    }

    /** An extra order as the counts read it: its extra, how many, from a week to a week. */
    private record Ordered(long offerId, int quantity, IsoWeek from, IsoWeek to) {
    }

    /** Adds a basket's size, options and extras to the counts. */
    private static void count(Map<Long, Long> counts, Row r) {
        counts.merge(r.sizeOfferId(), (long) r.quantity(), Long::sum);
        for (int i = 0; i < r.optionIds().size(); i++) {
            counts.merge(r.optionIds().get(i), (long) r.quantity(), Long::sum);
        }
        if (!r.extras().isEmpty()) {
            r.extras().forEach((o, n) -> counts.merge(o, (long) n, Long::sum));
        }
    }

    /** The totals in the offers' order: sizes first, then options, each by name. */
    private static List<Total> totals(Map<Long, Long> counts, List<BasketOffer> offersInOrder) {
        return offersInOrder.stream().filter(o -> counts.containsKey(o.id()))
                .map(o -> new Total(o.id(), o.name(), o.kind(), counts.get(o.id()))).toList();
    }
}
