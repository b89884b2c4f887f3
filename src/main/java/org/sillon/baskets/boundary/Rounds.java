package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sillon.baskets.entity.DropOffPoint;
import org.sillon.baskets.entity.SubscriptionState;
import org.sillon.people.boundary.HouseholdDeleting;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.OrganisationDeleting;
import org.sillon.people.boundary.PersonDeleting;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.PersonsMerged;
import org.sillon.people.boundary.ReferenceHandler;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

/**
 * The stops of home delivery rounds: the order a round's households are delivered in. A household joins the end
 * of the round when a subscription of it comes onto the round; the garden team reorders the stops.
 */
@ApplicationScoped
@Transactional
@ReferenceHandler(tables = "round_stop", nothingToDoOn = {PersonsMerged.class, PersonErased.class,
        PersonDeleting.class, OrganisationDeleting.class, HouseholdDeleting.class}) // a deleted household's stops go with it (on delete cascade)
public class Rounds {

    /** A stop of a round: its place in the order, the household, where and how to deliver it. */
    public record Stop(int position, long householdId, String household, String address, String instructions) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DropOffPoints points;

    @Inject
    Households households;

    @Inject
    AuditTrail audit;

    public DropOffPoint find(long id) {
        DropOffPoint round = em.find(DropOffPoint.class, id);
        if (round == null || !round.isRound()) {
            throw ProblemException.notFound(Message.of("notFound.round", id));
        }
        return round;
    }

    /** The stops of a round, in their order. */
    public List<Stop> stops(long roundId) {
        find(roundId);
        Map<Long, Integer> order = positions(roundId);
        Map<Long, Households.Delivery> deliveries = households.deliveries(order.keySet());
        List<Stop> stops = new ArrayList<>();
        order.forEach((household, position) -> {
            Households.Delivery d = deliveries.get(household);
            stops.add(new Stop(position, household, d == null ? "#" + household : d.household(),
                    d == null ? null : d.address(), d == null ? null : d.instructions()));
        });
        return stops;
    }

    /** The households of a round by their place in its order (1 first). */
    public Map<Long, Integer> positions(long roundId) {
        Map<Long, Integer> order = new java.util.LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select household_id, position from round_stop where round_id = ?1"
                + " order by position, household_id").setParameter(1, roundId).getResultList();
        rows.forEach(r -> order.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return order;
    }

    /** Puts {@code householdId} at the end of the round, unless it has a stop there already. */
    public void join(long roundId, long householdId) {
        em.createNativeQuery("insert into round_stop (round_id, household_id, position) select ?1, ?2,"
                + " coalesce(max(position), 0) + 1 from round_stop where round_id = ?1"
                + " on conflict (round_id, household_id) do nothing")
                .setParameter(1, roundId).setParameter(2, householdId).executeUpdate();
    }

    /**
     * Orders the round's stops as {@code householdIds} says; each household of the round once. A household whose
     * subscriptions no longer come onto the round may be left out: its stop is removed.
     */
    public List<Stop> order(long roundId, List<Long> householdIds) {
        DropOffPoint round = find(roundId);
        em.lock(round, LockModeType.PESSIMISTIC_WRITE); // two reorderings at once would interleave their positions
        Set<Long> given = new LinkedHashSet<>(householdIds == null ? List.of() : householdIds);
        Set<Long> held = positions(roundId).keySet();
        Set<Long> needed = new LinkedHashSet<>(onRound(roundId));
        needed.retainAll(held);
        if (householdIds == null || given.size() != householdIds.size() || !held.containsAll(given)
                || !given.containsAll(needed)) {
            throw ProblemException.invalid("householdIds", Message.of("round.stopsNotTheRound", held));
        }
        Map<String, Object> before = Map.of("stops", List.copyOf(held));
        em.createNativeQuery("delete from round_stop where round_id = ?1").setParameter(1, roundId).executeUpdate();
        int position = 1;
        for (long household : given) {
            em.createNativeQuery("insert into round_stop (round_id, household_id, position) values (?1, ?2, ?3)")
                    .setParameter(1, roundId).setParameter(2, household).setParameter(3, position++).executeUpdate();
        }
        audit.updated(DropOffPoints.AUDIT_TYPE, roundId, before, Map.of("stops", List.copyOf(given)));
        return stops(roundId);
    }

    /** The households with a subscription that is or will be on the round (waiting ones included). */
    private List<Long> onRound(long roundId) {
        return em.createQuery("select distinct s.householdId from Subscription s join s.terms t"
                + " where t.dropOffPointId = :round and s.state <> :ended", Long.class)
                .setParameter("round", roundId).setParameter("ended", SubscriptionState.ENDED).getResultList();
    }

    /** A count of stops per round, for lists. */
    public Map<Long, Integer> stopCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select round_id, count(*) from round_stop group by round_id")
                .getResultList();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return counts;
    }
}
