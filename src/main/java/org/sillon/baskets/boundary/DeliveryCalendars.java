package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sillon.baskets.entity.DeliveryCalendar;
import org.sillon.baskets.entity.DeliveryClosure;
import org.sillon.baskets.entity.DeliveryMove;
import org.sillon.baskets.entity.DropOffPoint;
import org.sillon.baskets.entity.SubscriptionState;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;

/**
 * The association's delivery calendar: the weeks closed everywhere, each drop-off point's moved deliveries, and
 * from them the days a point is delivered. A week's closure or moves change only until its cut-off.
 */
@ApplicationScoped
@Transactional
public class DeliveryCalendars {

    public static final String CLOSURE_AUDIT_TYPE = "DeliveryClosure";
    public static final String MOVE_AUDIT_TYPE = "DeliveryMove";
    /** A little more than a year: enough to plan a season, little enough to answer at once. */
    public static final int MAX_WEEKS = 60;
    /** How far ahead a week may be closed or moved: three years, which also bounds how many there can be. */
    public static final int MAX_WEEKS_AHEAD = 156;

    /** A week of a point's calendar: its delivery day, or none when the garden is closed that week. */
    public record Delivery(IsoWeek week, LocalDate day, boolean moved, boolean closed, String reason) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BasketNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    DropOffPoints points;

    @Inject
    BasketRules rules;

    /** The closure weeks, in calendar order. */
    public List<DeliveryClosure> closures() {
        return em.createQuery("select c from DeliveryClosure c order by c.week", DeliveryClosure.class).getResultList();
    }

    /** Closes a week everywhere; refused for a week already closed or one that has a moved delivery. */
    public DeliveryClosure close(IsoWeek week, String reason, Caller by) {
        DeliveryClosure closure = ProblemException.onField("body",
                () -> new DeliveryClosure(week, reason, by.username(), clock.instant()));
        requireOpenToPlans(week);
        if (closureOf(week).isPresent()) {
            throw ProblemException.conflict("closed", "week", Message.of("closure.exists", week));
        }
        List<String> moved = em.createQuery("select p.name from DeliveryMove m, DropOffPoint p"
                + " where p.id = m.dropOffPointId and m.week = :week order by p.name", String.class)
                .setParameter("week", week).getResultList();
        if (!moved.isEmpty()) {
            throw ProblemException.conflict("moved", "week", Message.of("closure.moved", week, moved));
        }
        em.persist(closure);
        em.flush();
        audit.created(CLOSURE_AUDIT_TYPE, closure.id(), Map.of("week", week.toString(),
                "reason", closure.reason() == null ? "" : closure.reason()));
        return closure;
    }

    /** Closes a week as {@link #close} does, for other components (the demo); answers the closure's id. */
    public long registerClosure(IsoWeek week, String reason, Caller by) {
        return close(week, reason, by).id();
    }

    /**
     * Tells the households whose basket the closed week takes away (their subscriptions deliver that week), once;
     * refused once the week is over. Answers how many households were written to.
     */
    public int announce(long closureId, Caller by) {
        DeliveryClosure closure = em.find(DeliveryClosure.class, closureId, LockModeType.PESSIMISTIC_WRITE);
        if (closure == null) {
            throw ProblemException.notFound(Message.of("notFound.closure", closureId));
        }
        if (closure.announcedAt() != null) {
            throw ProblemException.conflict("announced", "id", Message.of("closure.announced", closure.week(),
                    closure.announcedAt()));
        }
        if (closure.week().day(java.time.DayOfWeek.SUNDAY).isBefore(LocalDate.now(clock))) {
            throw ProblemException.conflict("past", "id", Message.of("closure.past", closure.week()));
        }
        List<Long> concerned = em.createQuery("select distinct s.householdId from Subscription s where s.state = :active"
                + " and s.firstWeek <= :week and s.lastWeek >= :week", Long.class)
                .setParameter("active", SubscriptionState.ACTIVE).setParameter("week", closure.week()).getResultList();
        int written = notices.closure(closure, concerned);
        closure.announced(by.username(), clock.instant());
        audit.updated(CLOSURE_AUDIT_TYPE, closure.id(), Map.of(), Map.of("announcedTo", written));
        return written;
    }

    /** Opens a closed week again. */
    public void reopen(long closureId) {
        DeliveryClosure closure = em.find(DeliveryClosure.class, closureId);
        if (closure == null) {
            throw ProblemException.notFound(Message.of("notFound.closure", closureId));
        }
        requireChangeable(closure.week());
        em.remove(closure);
        audit.deleted(CLOSURE_AUDIT_TYPE, closureId, Map.of("week", closure.week().toString()));
    }

    /** The moved deliveries of a point, in calendar order. */
    public List<DeliveryMove> moves(long pointId) {
        points.find(pointId);
        return em.createQuery("select m from DeliveryMove m where m.dropOffPointId = :p order by m.week",
                DeliveryMove.class).setParameter("p", pointId).getResultList();
    }

    /** Moves a point's delivery of a week to another day of it; refused in a closed week or a week moved already. */
    public DeliveryMove move(long pointId, IsoWeek week, LocalDate movedTo, String reason, Caller by) {
        points.find(pointId);
        DeliveryMove move = ProblemException.onField("body",
                () -> new DeliveryMove(pointId, week, movedTo, reason, by.username(), clock.instant()));
        requireOpenToPlans(week);
        if (closureOf(week).isPresent()) {
            throw ProblemException.invalid("week", Message.of("delivery.moveInClosure", week));
        }
        boolean taken = em.createQuery("select count(m) from DeliveryMove m where m.dropOffPointId = :p"
                + " and m.week = :week", Long.class).setParameter("p", pointId).setParameter("week", week)
                .getSingleResult() > 0;
        if (taken) {
            throw ProblemException.conflict("moved", "week", Message.of("delivery.movedAlready", week));
        }
        em.persist(move);
        em.flush();
        audit.created(MOVE_AUDIT_TYPE, move.id(), Map.of("dropOffPointId", pointId, "week", week.toString(),
                "movedTo", movedTo));
        return move;
    }

    /** Gives a point's delivery of that week its usual day again. */
    public void cancelMove(long pointId, long moveId) {
        DeliveryMove move = em.find(DeliveryMove.class, moveId);
        if (move == null || move.dropOffPointId() != pointId) {
            throw ProblemException.notFound(Message.of("notFound.move", moveId));
        }
        requireChangeable(move.week());
        em.remove(move);
        audit.deleted(MOVE_AUDIT_TYPE, moveId, Map.of("dropOffPointId", pointId, "week", move.week().toString()));
    }

    /** Each week of a point's calendar from {@code first} to {@code last}, both included (at most {@link #MAX_WEEKS}). */
    public List<Delivery> deliveries(long pointId, IsoWeek first, IsoWeek last) {
        DropOffPoint point = points.find(pointId);
        long weeks = first.weeksUntil(last) + 1;
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw ProblemException.invalid("to", Message.of("delivery.weeks", MAX_WEEKS));
        }
        Map<IsoWeek, String> closed = closures().stream().collect(Collectors.toMap(DeliveryClosure::week,
                c -> c.reason() == null ? "" : c.reason()));
        Map<IsoWeek, DeliveryMove> moved = new HashMap<>();
        moves(pointId).forEach(m -> moved.put(m.week(), m));
        // a closed week has no move: closing one that has is refused
        DeliveryCalendar calendar = new DeliveryCalendar(point.deliveryDay(), closed.keySet(), moved.values().stream()
                .collect(Collectors.toMap(DeliveryMove::week, DeliveryMove::movedTo)));
        List<Delivery> answer = new ArrayList<>();
        for (IsoWeek w = first; w.compareTo(last) <= 0; w = w.plus(1)) {
            Optional<LocalDate> day = calendar.deliveryIn(w);
            DeliveryMove m = moved.get(w);
            answer.add(new Delivery(w, day.orElse(null), m != null && day.isPresent(), day.isEmpty(),
                    day.isEmpty() ? emptyToNull(closed.get(w)) : m == null ? null : m.reason()));
        }
        return answer;
    }

    /** Every point's calendar, with every closure and move: what billing reads a season's delivery days from. */
    public Map<Long, DeliveryCalendar> calendars() {
        Set<IsoWeek> closed = closures().stream().map(DeliveryClosure::week).collect(Collectors.toSet());
        Map<Long, Map<IsoWeek, LocalDate>> moved = new HashMap<>();
        em.createQuery("select m from DeliveryMove m", DeliveryMove.class).getResultList().forEach(m ->
                moved.computeIfAbsent(m.dropOffPointId(), k -> new HashMap<>()).put(m.week(), m.movedTo()));
        Map<Long, DeliveryCalendar> calendars = new HashMap<>();
        points.list().forEach(p -> calendars.put(p.id(), new DeliveryCalendar(p.deliveryDay(), closed,
                moved.getOrDefault(p.id(), Map.of()))));
        return calendars;
    }

    /** The weeks closed from {@code first} to {@code last}, with their reasons ("" for none). */
    public Map<IsoWeek, String> closedWeeks(IsoWeek first, IsoWeek last) {
        Map<IsoWeek, String> closed = new HashMap<>();
        em.createQuery("select c from DeliveryClosure c where c.week >= :first and c.week <= :last",
                DeliveryClosure.class).setParameter("first", first).setParameter("last", last).getResultList()
                .forEach(c -> closed.put(c.week(), c.reason() == null ? "" : c.reason()));
        return closed;
    }

    /** Each drop-off point's delivery day in {@code week}, for the points delivered then; none in a closed week. */
    public Map<Long, LocalDate> deliveryDays(IsoWeek week) {
        Map<Long, LocalDate> days = new HashMap<>();
        if (closureOf(week).isPresent()) {
            return days;
        }
        points.list().forEach(p -> days.put(p.id(), week.day(p.deliveryDay())));
        em.createQuery("select m from DeliveryMove m where m.week = :week", DeliveryMove.class)
                .setParameter("week", week).getResultList().forEach(m -> days.put(m.dropOffPointId(), m.movedTo()));
        return days;
    }

    /** Refuses to change a week the cut-off no longer reaches: the garden has planned it, or it is past. */
    private void requireChangeable(IsoWeek week) {
        rules.requireReachable("week", week);
    }

    /** Refuses a new closure or move in a week past the cut-off or more than {@link #MAX_WEEKS_AHEAD} weeks ahead. */
    private void requireOpenToPlans(IsoWeek week) {
        requireChangeable(week);
        if (rules.firstReachableWeek().weeksUntil(week) > MAX_WEEKS_AHEAD) {
            throw ProblemException.invalid("week", Message.of("delivery.tooFar", MAX_WEEKS_AHEAD));
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private Optional<DeliveryClosure> closureOf(IsoWeek week) {
        return em.createQuery("select c from DeliveryClosure c where c.week = :week", DeliveryClosure.class)
                .setParameter("week", week).getResultList().stream().findFirst();
    }
}
