package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sillon.baskets.entity.Absence;
import org.sillon.baskets.entity.AbsenceHandling;
import org.sillon.baskets.entity.BasketSettings;
import org.sillon.baskets.entity.Subscription;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;

/**
 * Weeks households are away. An absence reaches a week only until its cut-off, in a week the household's
 * subscription delivers, up to the association's maximum per subscription; its basket is handled as the
 * association's policy says at that moment (credited, shifted to the next week delivered, given, donated).
 */
@ApplicationScoped
@Transactional
public class Absences {

    public static final String AUDIT_TYPE = "Absence";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Subscriptions subscriptions;

    @Inject
    DeliveryCalendars calendars;

    @Inject
    BasketRules rules;

    /** The household's absences, in calendar order. */
    public List<Absence> ofHousehold(long householdId) {
        subscriptions.requireHousehold(householdId);
        return em.createQuery("select a from Absence a where a.subscription.householdId = :h order by a.week",
                Absence.class).setParameter("h", householdId).getResultList();
    }

    /** Declares the household away in {@code week}; {@code givenTo} names who collects when the policy is GIFT. */
    public Absence declare(long householdId, IsoWeek week, String givenTo, Caller by) {
        subscriptions.requireHousehold(householdId);
        if (week == null) {
            throw ProblemException.invalid("week", Message.of("required"));
        }
        rules.requireReachable("week", week);
        Subscription s = subscriptions.ofHousehold(householdId).stream().filter(x -> x.delivers(week)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("week", Message.of("absence.noDelivery", week)));
        if (!calendars.closedWeeks(week, week).isEmpty()) {
            throw ProblemException.invalid("week", Message.of("absence.closed", week));
        }
        List<Absence> taken = ofSubscription(s.id());
        if (taken.stream().anyMatch(a -> a.week().equals(week))) {
            throw ProblemException.conflict("absent", "week", Message.of("absence.exists", week));
        }
        taken.stream().filter(a -> week.equals(a.shiftedTo())).findFirst().ifPresent(a -> {
            throw ProblemException.conflict("receives-shift", "week", Message.of("absence.receivesShift", week,
                    a.week()));
        });
        BasketSettings settings = rules.settings();
        if (taken.size() >= settings.absencesMax()) {
            throw ProblemException.conflict("too-many", "week", Message.of("absence.max", settings.absencesMax()));
        }
        AbsenceHandling handling = settings.absenceHandling();
        IsoWeek shiftedTo = handling == AbsenceHandling.SHIFT ? nextDelivered(s, week, taken) : null;
        Absence a = ProblemException.onField("body", () -> new Absence(s, week, handling, givenTo, shiftedTo,
                by.username(), clock.instant()));
        em.persist(a);
        em.flush();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("subscriptionId", s.id());
        state.put("week", week.toString());
        state.put("handling", handling);
        state.put("givenTo", a.givenTo());
        state.put("shiftedTo", shiftedTo == null ? null : shiftedTo.toString());
        audit.created(AUDIT_TYPE, a.id(), state);
        return a;
    }

    /** Declares an absence as {@link #declare} does, for other components (the demo); answers its id. */
    public long register(long householdId, IsoWeek week, String givenTo, Caller by) {
        return declare(householdId, week, givenTo, by).id();
    }

    /** Takes an absence back, until its week's cut-off. */
    public void cancel(long householdId, long absenceId) {
        Absence a = em.find(Absence.class, absenceId);
        if (a == null || subscriptions.find(a.subscriptionId()).householdId() != householdId) {
            throw ProblemException.notFound(Message.of("notFound.absence", absenceId));
        }
        rules.requireReachable("week", a.week());
        em.remove(a);
        audit.deleted(AUDIT_TYPE, absenceId, Map.of("week", a.week().toString()));
    }

    /** The subscription's absences, in calendar order. */
    private List<Absence> ofSubscription(long subscriptionId) {
        return em.createQuery("select a from Absence a where a.subscription.id = :s order by a.week", Absence.class)
                .setParameter("s", subscriptionId).getResultList();
    }

    /**
     * The first week after {@code week} in which the subscription delivers, the garden is open, and the household
     * is neither away nor already receiving a shifted basket: the week a shifted basket goes to.
     */
    private IsoWeek nextDelivered(Subscription s, IsoWeek week, List<Absence> taken) {
        if (week.equals(s.lastWeek())) {
            throw ProblemException.conflict("no-later-week", "week", Message.of("absence.noLaterWeek", week));
        }
        Map<IsoWeek, String> closed = calendars.closedWeeks(week.plus(1), s.lastWeek());
        Set<IsoWeek> busy = taken.stream().flatMap(a -> a.shiftedTo() == null ? Stream.of(a.week())
                : Stream.of(a.week(), a.shiftedTo())).collect(Collectors.toSet());
        for (IsoWeek w = week.plus(1); w.compareTo(s.lastWeek()) <= 0; w = w.plus(1)) {
            if (!closed.containsKey(w) && !busy.contains(w)) {
                return w;
            }
        }
        throw ProblemException.conflict("no-later-week", "week", Message.of("absence.noLaterWeek", week));
    }
}
