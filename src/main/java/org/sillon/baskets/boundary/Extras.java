package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sillon.baskets.entity.BasketOffer;
import org.sillon.baskets.entity.ExtraOrder;
import org.sillon.baskets.entity.Subscription;
import org.sillon.baskets.entity.SubscriptionState;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;

/**
 * Extras beyond the basket (ventes hors paniers): a subscription adds a quantity of an extra to one week's basket,
 * or to every week's from one on, within the extra's stock per week; stopped or taken back until the cut-off.
 */
@ApplicationScoped
@Transactional
public class Extras {

    public static final String AUDIT_TYPE = "ExtraOrder";

    @PersistenceContext
    EntityManager em;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Offers offers;

    @Inject
    BasketRules rules;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A subscription's extra orders, in the order of their first week. */
    public List<ExtraOrder> of(long subscriptionId) {
        subscriptions.find(subscriptionId);
        return em.createQuery("select e from ExtraOrder e where e.subscriptionId = :s order by e.fromWeek, e.id",
                ExtraOrder.class).setParameter("s", subscriptionId).getResultList();
    }

    /** Every extra order, by subscription: what billing and the distribution read. */
    public Map<Long, List<ExtraOrder>> all() {
        Map<Long, List<ExtraOrder>> bySubscription = new HashMap<>();
        em.createQuery("select e from ExtraOrder e", ExtraOrder.class).getResultList()
                .forEach(e -> bySubscription.computeIfAbsent(e.subscriptionId(), k -> new java.util.ArrayList<>()).add(e));
        return bySubscription;
    }

    /**
     * Adds {@code quantity} of the extra to the basket of {@code fromWeek}, or of every week from it when
     * {@code everyWeek}; refused past the cut-off, outside the subscription's weeks, or beyond the extra's stock in
     * one of the weeks (orders for the same extra wait for each other).
     */
    public ExtraOrder order(long subscriptionId, Long offerId, Integer quantity, IsoWeek fromWeek, boolean everyWeek,
            Caller by) {
        Subscription s = subscriptions.find(subscriptionId);
        if (offerId == null) {
            throw ProblemException.invalid("offerId", Message.of("required"));
        }
        BasketOffer extra = em.find(BasketOffer.class, offerId);
        if (extra == null || extra.kind() != OfferKind.EXTRA) {
            throw ProblemException.invalid("offerId", Message.of("extra.notExtra", extra == null ? offerId : extra.name()));
        }
        if (quantity == null || quantity < 1 || quantity > ExtraOrder.MAX_QUANTITY) {
            throw ProblemException.invalid("quantity", Message.of("extra.quantity", ExtraOrder.MAX_QUANTITY));
        }
        if (fromWeek == null) {
            throw ProblemException.invalid("fromWeek", Message.of("required"));
        }
        rules.requireReachable("fromWeek", fromWeek);
        if (s.state() != SubscriptionState.ACTIVE || !s.covers(fromWeek)) {
            throw ProblemException.invalid("fromWeek", Message.of("extra.weeks", s.firstWeek(), s.lastWeek()));
        }
        IsoWeek last = everyWeek ? s.lastWeek() : fromWeek;
        em.lock(extra, LockModeType.PESSIMISTIC_WRITE); // two orders for the last of the stock: one gets it
        if (extra.weeklyStock() != null) {
            Map<IsoWeek, Integer> sold = sold(offerId, fromWeek, last);
            for (IsoWeek w = fromWeek; w.compareTo(last) <= 0; w = w.plus(1)) {
                int left = extra.weeklyStock() - sold.getOrDefault(w, 0);
                if (left < quantity) {
                    throw ProblemException.conflict("out-of-stock", "quantity", Message.of("extra.outOfStock",
                            extra.name(), Math.max(0, left), w));
                }
            }
        }
        ExtraOrder order = new ExtraOrder(s.id(), offerId, quantity, fromWeek, everyWeek ? null : fromWeek,
                by.username(), clock.instant());
        em.persist(order);
        em.flush();
        audit.created(AUDIT_TYPE, order.id(), Map.of("subscriptionId", s.id(), "offer", extra.name(),
                "quantity", quantity, "from", fromWeek.toString(), "everyWeek", everyWeek));
        return order;
    }

    /** Orders extras every week as {@link #order} does, for other components (the demo); answers the order's id. */
    public long register(long subscriptionId, long offerId, int quantity, IsoWeek fromWeek, Caller by) {
        return order(subscriptionId, offerId, quantity, fromWeek, true, by).id();
    }

    /**
     * Stops an order from the first week the cut-off reaches: one not begun is taken back, a standing one under way
     * ends the week before; refused for an order whose weeks are all planned or past.
     */
    public void stop(long subscriptionId, long orderId, Caller by) {
        ExtraOrder order = em.find(ExtraOrder.class, orderId);
        if (order == null || order.subscriptionId() != subscriptionId) {
            throw ProblemException.notFound(Message.of("notFound.extra", orderId));
        }
        IsoWeek reachable = rules.firstReachableWeek();
        if (order.fromWeek().compareTo(reachable) >= 0) {
            em.remove(order);
        } else if (order.toWeek() == null || order.toWeek().compareTo(reachable) >= 0) {
            order.stopAfter(reachable.plus(-1), by.username(), clock.instant());
        } else {
            throw ProblemException.conflict("over", "id", Message.of("extra.over"));
        }
        audit.updated(AUDIT_TYPE, orderId, Map.of(), Map.of("stoppedFrom", reachable.toString()));
    }

    /** How many of the extra the active subscriptions take each week from {@code first} to {@code last}. */
    private Map<IsoWeek, Integer> sold(long offerId, IsoWeek first, IsoWeek last) {
        Map<IsoWeek, Integer> sold = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e.quantity, e.from_week, coalesce(e.to_week, s.last_week)"
                + " from extra_order e join subscription s on s.id = e.subscription_id where e.offer_id = ?1"
                + " and s.state = 'ACTIVE' and e.from_week <= ?3 and coalesce(e.to_week, s.last_week) >= ?2")
                .setParameter(1, offerId).setParameter(2, first.toString()).setParameter(3, last.toString())
                .getResultList();
        for (Object[] r : rows) {
            int q = ((Number) r[0]).intValue();
            IsoWeek from = IsoWeek.parse((String) r[1]);
            IsoWeek to = IsoWeek.parse((String) r[2]);
            for (IsoWeek w = from.compareTo(first) < 0 ? first : from; w.compareTo(to) <= 0 && w.compareTo(last) <= 0;
                    w = w.plus(1)) {
                sold.merge(w, q, Integer::sum);
            }
        }
        return sold;
    }
}
