package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sillon.baskets.entity.Absence;
import org.sillon.baskets.entity.Absence;
import org.sillon.baskets.entity.BasketOffer;
import org.sillon.baskets.entity.Pause;
import org.sillon.baskets.entity.BasketSettings;
import org.sillon.baskets.entity.DropOffPoint;
import org.sillon.baskets.entity.SolidarityFunder;
import org.sillon.baskets.entity.SubscriptionPeriod;
import org.sillon.baskets.entity.Subscription;
import org.sillon.baskets.entity.SubscriptionState;
import org.sillon.baskets.entity.SubscriptionTerm;
import org.sillon.people.boundary.HouseholdCard;
import org.sillon.people.boundary.HouseholdDeleting;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.OrganisationDeleting;
import org.sillon.people.boundary.PersonCard;
import org.sillon.people.boundary.PersonDeleting;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.PersonalDataSource;
import org.sillon.people.boundary.Persons;
import org.sillon.people.boundary.PersonsMerged;
import org.sillon.people.boundary.ReferenceHandler;
import org.sillon.people.boundary.SolidarityEligibilities;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.PagedQuery;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;

/**
 * Households' basket subscriptions: taken, changed from a week on, ended, and the waiting list of a full
 * drop-off point, admitted in the order asked. A drop-off point's capacity counts the subscriptions it delivers
 * in each week; a subscription or a move that would pass it in any of its weeks is refused or waits.
 */
@ApplicationScoped
@Transactional
@ReferenceHandler(tables = "subscription", nothingToDoOn = {PersonsMerged.class, PersonErased.class,
        PersonDeleting.class, OrganisationDeleting.class}) // a subscription refers to its household only
public class Subscriptions implements PersonalDataSource {

    public static final String AUDIT_TYPE = "Subscription";

    public static final Map<String, String> SORTS = Map.of(
            "requestedAt", "s.requestedAt",
            "firstWeek", "s.firstWeek",
            "lastWeek", "s.lastWeek");

    /** A subscription as the desk or the API asks for it. */
    public record Request(Long householdId, IsoWeek firstWeek, IsoWeek lastWeek, BasketChoice choice, boolean trial,
            Long periodId) {

        /** A subscription that is no trial, for weeks of its own. */
        public Request(Long householdId, IsoWeek firstWeek, IsoWeek lastWeek, BasketChoice choice) {
            this(householdId, firstWeek, lastWeek, choice, false, null);
        }
    }

    /** Filters of the list; the point is the one a subscription delivers to in its latest term. */
    public record Filter(SubscriptionState state, Long householdId, Long dropOffPointId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Households households;

    @Inject
    Persons persons;

    @Inject
    Offers offers;

    @Inject
    BasketNotices notices;

    @Inject
    Rounds rounds;

    @Inject
    Funders funders;

    @Inject
    SolidarityEligibilities solidarity;

    @Inject
    DropOffPoints points;

    @Inject
    BasketRules rules;

    public Subscription find(long id) {
        Subscription s = em.find(Subscription.class, id);
        if (s == null) {
            throw ProblemException.notFound(Message.of("notFound.subscription", id));
        }
        return s;
    }

    public Page<Subscription> search(Filter filter, PageRequest page) {
        return PagedQuery.of(em, Subscription.class, "s", "Subscription s")
                .where("s.state = :state", "state", filter.state())
                .where("s.householdId = :household", "household", filter.householdId())
                .where("exists (select t from SubscriptionTerm t where t.subscription = s and t.dropOffPointId = :point"
                        + " and t.untilWeek is null)", "point", filter.dropOffPointId())
                .fetch(page, SORTS);
    }

    /** A household's subscriptions, latest first. */
    public List<Subscription> ofHousehold(long householdId) {
        return em.createQuery("select s from Subscription s where s.householdId = :h order by s.firstWeek desc, s.id desc",
                Subscription.class).setParameter("h", householdId)
                .setHint(PagedQuery.LOAD_GRAPH, PagedQuery.loadGraph(em, Subscription.class, "terms", "pauses"))
                .getResultList();
    }

    /**
     * Subscribes a household. When its drop-off point has no room in one of its weeks, the request is refused
     * (a conflict offering the waiting list) unless {@code waitIfFull}, when it joins the point's waiting list.
     */
    public Subscription subscribe(Request request, boolean waitIfFull, Caller by) {
        if (request == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        IsoWeek reachable = rules.firstReachableWeek();
        Request asked = request.periodId() == null ? request : forPeriod(request, reachable);
        if (asked.firstWeek() != null && asked.firstWeek().compareTo(reachable) < 0) {
            rules.requireReachable("firstWeek", asked.firstWeek());
        }
        Subscription s = take(List.of(asked), waitIfFull, r -> reachable, by).get(0);
        if (s.state() == SubscriptionState.WAITING) {
            List<Subscription> line = waitingList(s.termIn(s.firstWeek()).dropOffPointId());
            notices.waiting(s, line.indexOf(s) + 1);
        } else {
            notices.started(s);
        }
        return s;
    }

    /**
     * The request's weeks within its period: from the first week the cut-off reaches in it (or the one asked) to
     * its last (or the one asked); refused outside the period, or for a period the cut-off no longer reaches.
     */
    private Request forPeriod(Request request, IsoWeek reachable) {
        SubscriptionPeriod period = em.find(SubscriptionPeriod.class, request.periodId());
        if (period == null) {
            throw ProblemException.invalid("periodId", Message.of("followup.noRecord", request.periodId()));
        }
        if (period.lastWeek().compareTo(reachable) < 0) {
            throw ProblemException.conflict("period-over", "periodId", Message.of("period.over", period.lastWeek()));
        }
        IsoWeek first = request.firstWeek() != null ? request.firstWeek()
                : period.firstWeek().compareTo(reachable) >= 0 ? period.firstWeek() : reachable;
        IsoWeek last = request.lastWeek() != null ? request.lastWeek() : period.lastWeek();
        if (first.compareTo(period.firstWeek()) < 0) {
            throw ProblemException.invalid("firstWeek", Message.of("period.outside", period.firstWeek(),
                    period.lastWeek()));
        }
        if (last.compareTo(period.lastWeek()) > 0) {
            throw ProblemException.invalid("lastWeek", Message.of("period.outside", period.firstWeek(),
                    period.lastWeek()));
        }
        return new Request(request.householdId(), first, last, request.choice(), request.trial(), period.id());
    }

    /**
     * Records subscriptions that began before Sillon kept them (taken over from the paper file or another
     * tool): their first week may be past; everything else is checked as {@link #subscribe} does, in one pass
     * (the households read at once, each point's weeks counted once). One that finds its point full waits.
     */
    public List<Long> takeOver(List<Request> requests, Caller by) {
        return take(requests, true, Request::firstWeek, by).stream().map(Subscription::id).toList();
    }

    private List<Subscription> take(List<Request> requests, boolean waitIfFull, Function<Request, IsoWeek> reachable,
            Caller by) {
        Set<Long> householdIds = requests.stream().map(Request::householdId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> known = households.cards(householdIds).stream().map(HouseholdCard::id).collect(Collectors.toSet());
        Map<Long, List<Subscription>> byHousehold = new HashMap<>();
        if (!known.isEmpty()) {
            em.createQuery("select s from Subscription s where s.householdId in :ids", Subscription.class)
                    .setParameter("ids", known).getResultList()
                    .forEach(x -> byHousehold.computeIfAbsent(x.householdId(), k -> new ArrayList<>()).add(x));
        }
        List<IsoWeek> weeks = requests.stream().flatMap(r -> Stream.of(r.firstWeek(), r.lastWeek()))
                .filter(Objects::nonNull).sorted().toList();
        // the garden's weeks before any point's: every writer locks in that order
        Optional<Occupancy> garden = weeks.isEmpty() ? Optional.empty()
                : gardenOccupancy(weeks.get(0), weeks.get(weeks.size() - 1), null);
        Map<Long, Occupancy> occupancy = new HashMap<>();
        List<Subscription> taken = new ArrayList<>();
        for (Request request : requests) {
            if (request.householdId() == null || !known.contains(request.householdId())) {
                throw ProblemException.invalid("householdId", Message.of("followup.noRecord", request.householdId()));
            }
            if (request.choice() == null) {
                throw ProblemException.invalid("sizeOfferId", Message.of("required"));
            }
            checkChoice(request.choice());
            IsoWeek first = request.firstWeek();
            IsoWeek last = request.lastWeek();
            Occupancy point = null;
            boolean full = false;
            if (first != null && last != null && first.compareTo(last) <= 0) {
                point = occupancy.computeIfAbsent(request.choice().dropOffPointId(),
                        p -> occupancy(p, weeks.get(0), weeks.get(weeks.size() - 1), null));
                full = !point.fits(first, last);
            }
            if (full && !waitIfFull) {
                DropOffPoint p = points.find(request.choice().dropOffPointId());
                throw ProblemException.conflict("full", "dropOffPointId", Message.of("subscription.full", p.name()));
            }
            boolean gardenFull = point != null && garden.isPresent() && !garden.get().fits(first, last);
            if (gardenFull && !waitIfFull) {
                throw ProblemException.conflict("garden-full", "firstWeek", Message.of("subscription.gardenFull",
                        garden.get().capacity));
            }
            boolean waiting = full || gardenFull;
            if (first != null && last != null && first.compareTo(last) <= 0) {
                checkSolidarity(request.householdId(), request.choice(), first, last, null);
            }
            Subscription s = ProblemException.onField("body", () -> new Subscription(request.householdId(), first,
                    last, request.choice(), waiting, reachable.apply(request), by.username(), clock.instant()));
            List<Subscription> theirs = byHousehold.computeIfAbsent(s.householdId(), k -> new ArrayList<>());
            if (request.periodId() != null) {
                s.forPeriod(request.periodId());
            }
            if (request.trial()) {
                if (theirs.stream().anyMatch(other -> other.state() != SubscriptionState.ENDED)) {
                    throw ProblemException.conflict("trial-taken", "trial", Message.of("subscription.trialTaken"));
                }
                ProblemException.onField("body", s::markTrial);
            }
            theirs.stream().filter(other -> other.overlaps(first, last)).findFirst().ifPresent(other -> {
                throw ProblemException.conflict("overlap", "firstWeek", Message.of("subscription.overlap",
                        other.firstWeek(), other.lastWeek()));
            });
            if (!waiting) {
                point.add(first, last);
                garden.ifPresent(g -> g.add(first, last));
            }
            theirs.add(s);
            em.persist(s);
            taken.add(s);
        }
        em.flush();
        Set<Long> rounds = points.list(PointKind.ROUND).stream().map(DropOffPoint::id).collect(Collectors.toSet());
        for (Request r : requests) {
            if (rounds.contains(r.choice().dropOffPointId())) {
                this.rounds.join(r.choice().dropOffPointId(), r.householdId());
            }
        }
        for (int i = 0; i < taken.size(); i++) {
            Subscription s = taken.get(i);
            audit.created(AUDIT_TYPE, s.id(), withChoice(s.auditState(), requests.get(i).choice()));
        }
        return taken;
    }

    /** Delivers {@code choice} from {@code fromWeek} on, if the subscription is still at the version read. */
    public Subscription change(long id, long expectedVersion, IsoWeek fromWeek, BasketChoice choice, Caller by) {
        Subscription s = find(id);
        Versions.check(expectedVersion, s.version());
        if (choice == null) {
            throw ProblemException.invalid("sizeOfferId", Message.of("required"));
        }
        checkChoice(choice);
        if (fromWeek != null && s.covers(fromWeek)) {
            checkSolidarity(s.householdId(), choice, fromWeek, s.lastWeek(), s.id());
        }
        BasketOffer size = offers.find(choice.sizeOfferId());
        BasketOffer before = offers.find(s.terms().get(0).sizeOfferId());
        if (size.billing() != before.billing() || size.instalments() != before.instalments()) {
            // the charges already made follow the first size's model; a switch is a new subscription
            throw ProblemException.conflict("billing-change", "sizeOfferId",
                    Message.of("subscription.billingChange", before.name(), size.name()));
        }
        if (fromWeek != null) {
            rules.requireReachable("fromWeek", fromWeek);
        }
        IsoWeek reachable = rules.firstReachableWeek();
        if (s.state() == SubscriptionState.ACTIVE && fromWeek != null && s.covers(fromWeek)
                && !hasRoom(choice.dropOffPointId(), fromWeek, s.lastWeek(), s.id())) {
            DropOffPoint point = points.find(choice.dropOffPointId());
            throw ProblemException.conflict("full", "dropOffPointId", Message.of("subscription.moveFull", point.name()));
        }
        SubscriptionTerm term = ProblemException.onField("body", () -> s.changeFrom(fromWeek, choice, reachable,
                by.username(), clock.instant()));
        em.lock(s, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, s.id(), Map.of(), withChoice(Map.of("fromWeek", term.fromWeek().toString()), choice));
        if (points.find(choice.dropOffPointId()).isRound()) {
            rounds.join(choice.dropOffPointId(), s.householdId());
        }
        notices.changed(s, term);
        return s;
    }

    /** Makes {@code lastWeek} the subscription's last (ending or renewing it), if still at the version read. */
    public Subscription end(long id, long expectedVersion, IsoWeek lastWeek, String reason) {
        Subscription s = find(id);
        Versions.check(expectedVersion, s.version());
        Map<String, Object> before = s.auditState();
        if (lastWeek != null && lastWeek.compareTo(s.lastWeek()) > 0) {
            refuseOverlap(s.householdId(), s.lastWeek().plus(1), lastWeek, s.id());
            if (s.state() == SubscriptionState.ACTIVE && !gardenHasRoom(s.lastWeek().plus(1), lastWeek, s.id())) {
                throw ProblemException.conflict("garden-full", "lastWeek", Message.of("subscription.gardenFull",
                        rules.settings().weeklyCapacity().getAsInt()));
            }
            if (s.state() == SubscriptionState.ACTIVE
                    && !hasRoom(s.termIn(s.lastWeek()).dropOffPointId(), s.lastWeek().plus(1), lastWeek, s.id())) {
                DropOffPoint point = points.find(s.termIn(s.lastWeek()).dropOffPointId());
                throw ProblemException.conflict("full", "lastWeek", Message.of("subscription.full", point.name()));
            }
        }
        IsoWeek reachable = rules.firstReachableWeek();
        ProblemException.onField("body", () -> s.endAfter(lastWeek, reason, reachable));
        em.lock(s, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, s.id(), before, s.auditState());
        notices.ending(s);
        return s;
    }

    /**
     * Gives a waiting subscription its place: only the first in line for its drop-off point, and only if the
     * point has room in all its weeks.
     */
    public Subscription admit(long id, long expectedVersion) {
        Subscription s = find(id);
        Versions.check(expectedVersion, s.version());
        Map<String, Object> before = s.auditState();
        if (s.state() == SubscriptionState.WAITING) {
            long point = s.termIn(s.firstWeek()).dropOffPointId();
            Subscription first = waitingList(point).get(0);
            if (!first.id().equals(s.id())) {
                throw ProblemException.conflict("not-first", "id", Message.of("subscription.notFirst", first.id()));
            }
            if (!gardenHasRoom(s.firstWeek(), s.lastWeek(), s.id())) {
                throw ProblemException.conflict("garden-full", "firstWeek", Message.of("subscription.gardenFull",
                        rules.settings().weeklyCapacity().getAsInt()));
            }
            if (!hasRoom(point, s.firstWeek(), s.lastWeek(), s.id())) {
                throw ProblemException.conflict("full", "dropOffPointId",
                        Message.of("subscription.stillFull", points.find(point).name()));
            }
        }
        IsoWeek reachable = rules.firstReachableWeek();
        ProblemException.onField("body", () -> s.admit(reachable));
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, s.id(), before, s.auditState());
        notices.started(s);
        return s;
    }

    /** The subscriptions waiting for a place at a drop-off point, in the order they asked. */
    public List<Subscription> waitingList(long pointId) {
        return em.createQuery("select s from Subscription s where s.state = :waiting and exists (select t from"
                + " SubscriptionTerm t where t.subscription = s and t.dropOffPointId = :p)"
                + " order by s.requestedAt, s.id", Subscription.class)
                .setParameter("waiting", SubscriptionState.WAITING).setParameter("p", pointId).getResultList();
    }

    /** The active subscriptions whose last week is from {@code first} to {@code last}, soonest first. */
    public List<Subscription> ending(IsoWeek first, IsoWeek last) {
        return em.createQuery("select s from Subscription s where s.state = :active and s.lastWeek >= :first"
                + " and s.lastWeek <= :last order by s.lastWeek, s.id", Subscription.class)
                .setParameter("active", SubscriptionState.ACTIVE).setParameter("first", first)
                .setParameter("last", last).getResultList();
    }

    /**
     * Pauses the subscription's deliveries from {@code from} to {@code to}, its place kept, if still at the version
     * read; refused over a week the household is already away.
     */
    public Pause pause(long id, long expectedVersion, IsoWeek from, IsoWeek to, Caller by) {
        Subscription s = find(id);
        Versions.check(expectedVersion, s.version());
        if (from != null && to != null) {
            em.createQuery("select a from Absence a where a.subscription = :s and a.week >= :from and a.week <= :to"
                    + " order by a.week", Absence.class).setParameter("s", s).setParameter("from", from)
                    .setParameter("to", to).getResultList().stream().findFirst().ifPresent(a -> {
                        throw ProblemException.conflict("away", "fromWeek", Message.of("pause.absence", a.week()));
                    });
        }
        IsoWeek reachable = rules.firstReachableWeek();
        Pause pause = ProblemException.onField("body", () -> s.pause(from, to, reachable, by.username(),
                clock.instant()));
        em.lock(s, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, s.id(), Map.of(), Map.of("paused", pause.fromWeek() + "/" + pause.toWeek()));
        notices.paused(s, pause);
        return pause;
    }

    /** Takes a pause back, or ends it before the first week the cut-off reaches, if still at the version read. */
    public Subscription resume(long id, long expectedVersion, long pauseId, Caller by) {
        Subscription s = find(id);
        Versions.check(expectedVersion, s.version());
        if (s.pauses().stream().noneMatch(p -> p.id() == pauseId)) {
            throw ProblemException.notFound(Message.of("notFound.pause", pauseId));
        }
        IsoWeek reachable = rules.firstReachableWeek();
        ProblemException.onField("body", () -> s.resume(pauseId, reachable, by.username(), clock.instant()));
        em.lock(s, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, s.id(), Map.of(), Map.of("resumed", reachable.toString()));
        return s;
    }

    /** The longest notice a renewal reminder gives: a quarter. */
    public static final int MAX_REMINDER_WEEKS = 13;

    /**
     * Reminds the households whose subscription's last week comes within {@code weeks} weeks (from this one) that
     * it ends, once per last week, unless they already have a subscription after it. Answers how many.
     */
    public int remindRenewals(int weeks) {
        if (weeks < 1 || weeks > MAX_REMINDER_WEEKS) {
            throw ProblemException.invalid("weeks", Message.of("between", 1, MAX_REMINDER_WEEKS));
        }
        IsoWeek now = IsoWeek.of(java.time.LocalDate.now(clock));
        int reminded = 0;
        // the reminded and the renewed left out by the statement itself: asked one subscription at a time, each
        // question flushed every subscription read before it, quadratic in those ending together (a season's end)
        List<Subscription> due = em.createQuery("select s from Subscription s where s.state = :active"
                + " and s.lastWeek >= :first and s.lastWeek <= :last and s.remindedAt is null and not exists"
                + " (select n from Subscription n where n.householdId = s.householdId and n.state <> :ended"
                + " and n.firstWeek > s.lastWeek) order by s.lastWeek, s.id", Subscription.class)
                .setParameter("active", SubscriptionState.ACTIVE).setParameter("first", now)
                .setParameter("last", now.plus(weeks)).setParameter("ended", SubscriptionState.ENDED).getResultList();
        for (Subscription s : due) {
            // read again under a lock: a second server or a button pressed meanwhile finds it reminded
            em.refresh(s, LockModeType.PESSIMISTIC_WRITE);
            if (s.remindedAt() == null) {
                notices.renewal(s);
                s.reminded(clock.instant());
                reminded++;
            }
        }
        em.flush();
        return reminded;
    }

    /** Refuses with a 404 a household that does not exist (or belongs to another association). */
    void requireHousehold(long householdId) {
        if (households.cards(Set.of(householdId)).isEmpty()) {
            throw ProblemException.notFound(Message.of("notFound.household", householdId));
        }
    }

    /** Every waiting subscription, in the order asked. */
    public List<Subscription> waiting() {
        return em.createQuery("select s from Subscription s where s.state = :waiting order by s.requestedAt, s.id",
                Subscription.class).setParameter("waiting", SubscriptionState.WAITING).getResultList();
    }

    /** Whether the point has room for one more basket in every week from {@code first} to {@code last}. */
    boolean hasRoom(long pointId, IsoWeek first, IsoWeek last, Long exceptId) {
        return occupancy(pointId, first, last, exceptId).fits(first, last);
    }

    /** Whether the garden has room for one more basket in every week from {@code first} to {@code last}. */
    private boolean gardenHasRoom(IsoWeek first, IsoWeek last, Long exceptId) {
        return gardenOccupancy(first, last, exceptId).map(g -> g.fits(first, last)).orElse(true);
    }

    /**
     * The garden's baskets each week from {@code first} to {@code last}, every point and round together (the
     * active subscriptions but {@code exceptId}), against its weekly capacity; none when it has no limit.
     */
    private Optional<Occupancy> gardenOccupancy(IsoWeek first, IsoWeek last, Long exceptId) {
        BasketSettings settings = rules.settings();
        if (settings.weeklyCapacity().isEmpty()) {
            return Optional.empty();
        }
        // the rules' row is locked until commit, as a point's is: requests for the garden's last basket queue
        em.lock(settings, LockModeType.PESSIMISTIC_WRITE);
        Occupancy garden = new Occupancy(settings.weeklyCapacity().getAsInt());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select first_week, last_week from subscription"
                + " where state = 'ACTIVE' and id <> ?3 and first_week <= ?1 and last_week >= ?2")
                .setParameter(1, last.toString()).setParameter(2, first.toString())
                .setParameter(3, exceptId == null ? -1L : exceptId).getResultList();
        for (Object[] r : rows) {
            IsoWeek from = IsoWeek.parse((String) r[0]);
            IsoWeek to = IsoWeek.parse((String) r[1]);
            garden.add(from.compareTo(first) < 0 ? first : from, min(to, last));
        }
        return Optional.of(garden);
    }

    /** How many baskets a drop-off point (or the garden) delivers each week, against its capacity. */
    private static final class Occupancy {

        final int capacity;
        private final Map<IsoWeek, Integer> perWeek = new HashMap<>();

        Occupancy(int capacity) {
            this.capacity = capacity;
        }

        boolean fits(IsoWeek first, IsoWeek last) {
            for (IsoWeek w = first; w.compareTo(last) <= 0; w = w.plus(1)) {
                if (perWeek.getOrDefault(w, 0) >= capacity) {
                    return false;
                }
            }
            return true;
        }

        void add(IsoWeek first, IsoWeek last) {
            for (IsoWeek w = first; w.compareTo(last) <= 0; w = w.plus(1)) {
                perWeek.merge(w, 1, Integer::sum);
            }
        }
    }

    /**
     * The point's baskets each week from {@code first} to {@code last}: the active subscriptions (but
     * {@code exceptId}, the one moving) whose term in force that week delivers there, from each such term's
     * weeks within its subscription's.
     */
    private Occupancy occupancy(long pointId, IsoWeek first, IsoWeek last, Long exceptId) {
        // the point's row is locked until commit: two requests for its last place are counted one after the other
        DropOffPoint point = points.find(pointId);
        em.lock(point, LockModeType.PESSIMISTIC_WRITE);
        Occupancy occupancy = new Occupancy(point.capacity());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.from_week, t.until_week, s.last_week"
                + " from subscription s join subscription_term t on t.subscription_id = s.id"
                + " where t.drop_off_point_id = ?4 and s.state = 'ACTIVE' and s.id <> ?3"
                + " and t.from_week <= ?1 and (t.until_week is null or t.until_week > ?2) and s.last_week >= ?2")
                .setParameter(1, last.toString()).setParameter(2, first.toString())
                .setParameter(3, exceptId == null ? -1L : exceptId).setParameter(4, pointId).getResultList();
        for (Object[] r : rows) {
            // a term runs from its week (its subscription's first, for the first) until the next one's
            IsoWeek from = IsoWeek.parse((String) r[0]);
            IsoWeek to = r[1] == null ? IsoWeek.parse((String) r[2]) : IsoWeek.parse((String) r[1]).plus(-1);
            IsoWeek subscriptionLast = IsoWeek.parse((String) r[2]);
            IsoWeek a = from.compareTo(first) < 0 ? first : from;
            IsoWeek b = min(min(to, subscriptionLast), last);
            if (a.compareTo(b) <= 0) {
                occupancy.add(a, b);
            }
        }
        return occupancy;
    }

    private static IsoWeek min(IsoWeek a, IsoWeek b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Refuses a solidarity basket whose funder does not exist, for a household not eligible on its first week's
     * Monday, or past the funder's yearly budget.
     */
    private void checkSolidarity(long householdId, BasketChoice choice, IsoWeek from, IsoWeek to, Long exceptId) {
        if (choice.funderId() == null) {
            return;
        }
        SolidarityFunder funder = em.find(SolidarityFunder.class, choice.funderId());
        if (funder == null) {
            throw ProblemException.invalid("funderId", Message.of("followup.noRecord", choice.funderId()));
        }
        if (!solidarity.eligibleOn(householdId, from.monday())) {
            throw ProblemException.conflict("not-eligible", "funderId", Message.of("solidarity.notEligible",
                    from.monday()));
        }
        funders.requireBudget(funder, from, to, exceptId);
    }

    /** Refuses a size that is an option, options that are sizes, and offers or points that do not exist. */
    private void checkChoice(BasketChoice choice) {
        BasketOffer size = offerOrRefuse("sizeOfferId", choice.sizeOfferId());
        if (size.kind() != OfferKind.SIZE) {
            throw ProblemException.invalid("sizeOfferId", Message.of("subscription.notSize", size.name()));
        }
        for (long option : choice.optionIds()) {
            BasketOffer o = offerOrRefuse("optionIds", option);
            if (o.kind() != OfferKind.OPTION) {
                throw ProblemException.invalid("optionIds", Message.of("subscription.notOption", o.name()));
            }
        }
        if (em.find(DropOffPoint.class, choice.dropOffPointId()) == null) {
            throw ProblemException.invalid("dropOffPointId", Message.of("followup.noRecord", choice.dropOffPointId()));
        }
    }

    private BasketOffer offerOrRefuse(String field, long id) {
        BasketOffer o = em.find(BasketOffer.class, id);
        if (o == null) {
            throw ProblemException.invalid(field, Message.of("followup.noRecord", id));
        }
        return o;
    }

    /** Refuses a second subscription of the household delivering in one of the same weeks. */
    private void refuseOverlap(long householdId, IsoWeek first, IsoWeek last, Long exceptId) {
        for (Subscription other : ofHousehold(householdId)) {
            if (!other.id().equals(exceptId) && other.overlaps(first, last)) {
                throw ProblemException.conflict("overlap", "firstWeek", Message.of("subscription.overlap",
                        other.firstWeek(), other.lastWeek()));
            }
        }
    }

    private static Map<String, Object> withChoice(Map<String, Object> state, BasketChoice choice) {
        Map<String, Object> m = new LinkedHashMap<>(state);
        m.put("sizeOfferId", choice.sizeOfferId());
        m.put("dropOffPointId", choice.dropOffPointId());
        m.put("optionIds", choice.optionIds().stream().sorted().toList());
        return m;
    }

    /** What the personal-data export shows of a subscription: its weeks, what it delivers from which week, its absences. */
    public record Held(long id, long householdId, SubscriptionState state, String firstWeek, String lastWeek,
            List<HeldTerm> terms, List<String> weeksAway) {
    }

    /** A term as the export shows it: from which week, which basket and options, where. */
    public record HeldTerm(String fromWeek, String size, List<String> options, String dropOffPoint) {
    }

    @Override
    public String section() {
        return "subscriptions";
    }

    /** The subscriptions of the person's household, with their terms and weeks away. */
    @Override
    public Object collect(long personId) {
        Long household = persons.cards(Set.of(personId)).stream().findFirst().map(PersonCard::householdId).orElse(null);
        if (household == null) {
            return List.of();
        }
        return ofHousehold(household).stream().map(s -> new Held(s.id(), s.householdId(), s.state(),
                s.firstWeek().toString(), s.lastWeek().toString(),
                s.terms().stream().map(t -> new HeldTerm(t.fromWeek().toString(), offers.find(t.sizeOfferId()).name(),
                        t.optionIds().stream().map(o -> offers.find(o).name()).sorted().toList(),
                        points.find(t.dropOffPointId()).name())).toList(),
                em.createQuery("select a from Absence a where a.subscription = :s order by a.week", Absence.class)
                        .setParameter("s", s).getResultList().stream()
                        .map(a -> a.week() + " " + a.handling()).toList())).toList();
    }

    void on(@Observes HouseholdDeleting deleting) {
        long count = em.createQuery("select count(s) from Subscription s where s.householdId = :h", Long.class)
                .setParameter("h", deleting.householdId()).getSingleResult();
        if (count > 0) {
            deleting.refuse(Message.of("deletion.subscriptions", count));
        }
    }
}
