package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sillon.baskets.entity.DeliveryCalendar;
import org.sillon.baskets.entity.DropOffPoint;
import org.sillon.baskets.entity.Duty;
import org.sillon.people.boundary.HouseholdDeleting;
import org.sillon.people.boundary.OrganisationDeleting;
import org.sillon.people.boundary.PersonCard;
import org.sillon.people.boundary.PersonDeleting;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.PersonalDataSource;
import org.sillon.people.boundary.Persons;
import org.sillon.people.boundary.PersonsMerged;
import org.sillon.people.boundary.ReferenceHandler;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;

/**
 * The duty rota (permanences): who holds each drop-off point's distribution, week by week, and the gaps. An
 * adherent takes or gives up a turn of their own; the team who deliver do it for anyone. A round has a driver,
 * not a rota. Volunteers are reminded by email a few days before.
 */
@ApplicationScoped
@Transactional
@ReferenceHandler(tables = "duty", nothingToDoOn = {HouseholdDeleting.class, OrganisationDeleting.class}) // a duty refers to a person only
public class Duties implements PersonalDataSource {

    public static final String AUDIT_TYPE = "Duty";
    /** How far the rota looks ahead at most: a quarter. */
    public static final int MAX_WEEKS = 13;
    /** How many days ahead a volunteer is reminded of their turn. */
    public static final int REMIND_DAYS = 7;

    /** A volunteer on a turn. */
    public record Volunteer(long dutyId, long personId, String name) {
    }

    /** A point's distribution of a week, its day, and who holds it; a gap when nobody does. */
    public record Slot(String week, long pointId, String point, LocalDate day, List<Volunteer> volunteers,
            boolean gap) {

        Slot(String week, long pointId, String point, LocalDate day, List<Volunteer> volunteers) {
            this(week, pointId, point, day, volunteers, volunteers.isEmpty());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DropOffPoints points;

    @Inject
    DeliveryCalendars calendars;

    @Inject
    Persons persons;

    @Inject
    BasketNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Each point's distributions from {@code first} on, for {@code weeks} weeks, with their volunteers. */
    public List<Slot> rota(IsoWeek first, int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw ProblemException.invalid("weeks", Message.of("between", 1, MAX_WEEKS));
        }
        IsoWeek last = first.plus(weeks - 1L);
        Map<String, List<Duty>> taken = new HashMap<>();
        List<Duty> duties = em.createQuery("select d from Duty d where d.week >= :first and d.week <= :last",
                Duty.class).setParameter("first", first).setParameter("last", last).getResultList();
        duties.forEach(d -> taken.computeIfAbsent(d.dropOffPointId() + " " + d.week(), k -> new ArrayList<>()).add(d));
        Map<Long, String> names = persons.cards(duties.stream().map(Duty::personId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(PersonCard::id, c -> c.firstName() + " " + c.lastName()));
        Map<Long, DeliveryCalendar> delivery = calendars.calendars();
        List<Slot> slots = new ArrayList<>();
        for (IsoWeek w = first; w.compareTo(last) <= 0; w = w.plus(1)) {
            for (DropOffPoint p : points.list(PointKind.POINT)) {
                Optional<LocalDate> day = delivery.get(p.id()).deliveryIn(w);
                if (day.isPresent()) {
                    slots.add(new Slot(w.toString(), p.id(), p.name(), day.get(), taken
                            .getOrDefault(p.id() + " " + w, List.of()).stream().map(d -> new Volunteer(d.id(),
                                    d.personId(), names.getOrDefault(d.personId(), "#" + d.personId()))).toList()));
                }
            }
        }
        return slots;
    }

    /** The volunteers' names of each point in {@code week}, for the signing sheets. */
    public Map<Long, List<String>> volunteers(IsoWeek week) {
        Map<Long, List<String>> byPoint = new HashMap<>();
        rota(week, 1).forEach(s -> byPoint.put(s.pointId(), s.volunteers().stream().map(Volunteer::name).toList()));
        return byPoint;
    }

    /**
     * Puts {@code personId} (the caller's own person when null) on the point's turn of {@code week}. An adherent
     * takes turns for themselves only; refused for a round, a closed week, a day gone by, or a turn held already.
     */
    public Duty take(Long pointId, IsoWeek week, Long personId, Caller by) {
        long person = personFor(personId, by);
        if (pointId == null) {
            throw ProblemException.invalid("dropOffPointId", Message.of("required"));
        }
        DropOffPoint point = points.find(pointId);
        if (point.isRound()) {
            throw ProblemException.invalid("dropOffPointId", Message.of("duty.round", point.name()));
        }
        em.lock(point, LockModeType.PESSIMISTIC_WRITE); // two sign-ups for one turn at once: one is told it is held
        LocalDate day = dayOf(point, week);
        if (persons.cards(Set.of(person)).isEmpty()) {
            throw ProblemException.invalid("personId", Message.of("followup.noRecord", person));
        }
        boolean held = !em.createQuery("select d from Duty d where d.dropOffPointId = :p and d.week = :w"
                + " and d.personId = :person", Duty.class).setParameter("p", pointId).setParameter("w", week)
                .setParameter("person", person).getResultList().isEmpty();
        if (held) {
            throw ProblemException.conflict("taken", "week", Message.of("duty.taken", point.name(), day));
        }
        Duty duty = new Duty(pointId, week, person, by.username(), clock.instant());
        em.persist(duty);
        em.flush();
        audit.created(AUDIT_TYPE, duty.id(), Map.of("point", point.name(), "week", week.toString(), "personId", person));
        return duty;
    }

    /** Takes a turn as {@link #take} does, for other components (the demo); answers its id. */
    public long register(long pointId, IsoWeek week, long personId, Caller by) {
        return take(pointId, week, personId, by).id();
    }

    /** Gives a turn up, until its day; an adherent only their own (another's is not found). */
    public void release(long dutyId, Caller by) {
        Duty duty = em.find(Duty.class, dutyId);
        if (duty == null || !by.in(Audience.DELIVERY_EDITORS)
                && (by.personId() == null || by.personId() != duty.personId())) {
            throw ProblemException.notFound(Message.of("notFound.duty", dutyId));
        }
        dayOf(points.find(duty.dropOffPointId()), duty.week());
        em.remove(duty);
        audit.deleted(AUDIT_TYPE, dutyId, Map.of("week", duty.week().toString(), "personId", duty.personId()));
    }

    /** Reminds by email the volunteers whose turn comes within {@link #REMIND_DAYS} days; once each. */
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        IsoWeek first = IsoWeek.of(today);
        int reminded = 0;
        for (Slot slot : rota(first, 2)) {
            if (slot.day().isBefore(today) || !slot.day().isBefore(today.plusDays(REMIND_DAYS))) {
                continue;
            }
            for (Volunteer v : slot.volunteers()) {
                // locked while reminded: a second server or a button pressed meanwhile finds it reminded
                Duty duty = em.find(Duty.class, v.dutyId());
                em.refresh(duty, LockModeType.PESSIMISTIC_WRITE);
                if (duty.remindedAt() == null && notices.duty(v.personId(), slot)) {
                    duty.reminded(clock.instant());
                    reminded++;
                }
            }
        }
        return reminded;
    }

    /** The person a turn is for: anyone for the team who deliver, oneself for an adherent. */
    private long personFor(Long personId, Caller by) {
        if (by.in(Audience.DELIVERY_EDITORS)) {
            if (personId == null) {
                throw ProblemException.invalid("personId", Message.of("required"));
            }
            return personId;
        }
        if (by.personId() == null) {
            throw ProblemException.forbidden(Message.of("duty.noPerson"));
        }
        if (personId != null && !personId.equals(by.personId())) {
            throw ProblemException.forbidden(Message.of("duty.ownOnly"));
        }
        return by.personId();
    }

    /** The point's delivery day of {@code week}; refused when the garden is closed or the day has gone by. */
    private LocalDate dayOf(DropOffPoint point, IsoWeek week) {
        Optional<LocalDate> day = calendars.calendars().get(point.id()).deliveryIn(week);
        if (day.isEmpty()) {
            throw ProblemException.conflict("closed", "week", Message.of("duty.closed", week));
        }
        if (day.get().isBefore(LocalDate.now(clock))) {
            throw ProblemException.conflict("past", "week", Message.of("duty.past", day.get()));
        }
        return day.get();
    }

    private List<Duty> of(long personId) {
        return em.createQuery("select d from Duty d where d.personId = :p order by d.week", Duty.class)
                .setParameter("p", personId).getResultList();
    }

    void on(@Observes PersonsMerged merged) {
        Set<String> survivors = of(merged.survivorId()).stream().map(d -> d.dropOffPointId() + " " + d.week())
                .collect(Collectors.toSet());
        for (Duty d : of(merged.mergedId())) {
            if (survivors.contains(d.dropOffPointId() + " " + d.week())) {
                em.remove(d); // the survivor holds that turn already
            } else {
                d.heldBy(merged.survivorId());
            }
        }
    }

    void on(@Observes PersonErased erased) {
        of(erased.personId()).forEach(em::remove);
    }

    void on(@Observes PersonDeleting deleting) {
        of(deleting.personId()).forEach(em::remove);
    }

    @Override
    public String section() {
        return "duties";
    }

    /** The turns the person holds or held. */
    @Override
    public Object collect(long personId) {
        Map<Long, String> names = points.list().stream().collect(Collectors.toMap(DropOffPoint::id, DropOffPoint::name));
        return of(personId).stream().map(d -> Map.of("week", d.week().toString(), "dropOffPoint",
                names.getOrDefault(d.dropOffPointId(), ""))).toList();
    }
}
