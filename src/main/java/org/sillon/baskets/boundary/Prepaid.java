package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sillon.baskets.entity.BasketOffer;
import org.sillon.baskets.entity.DropOffPoint;
import org.sillon.baskets.entity.Subscription;
import org.sillon.baskets.entity.SubscriptionCharges;
import org.sillon.baskets.entity.SubscriptionState;
import org.sillon.baskets.entity.SubscriptionTerm;
import org.sillon.ledger.boundary.Ledger;
import org.sillon.ledger.boundary.LedgerEntry;
import org.sillon.ledger.boundary.Payer;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.Money;

/**
 * Prepaid baskets: the household hands money in ahead (a top-up, recorded by the treasurer, later by a payment),
 * each basket delivered draws on it (the billing run charges it), and the household is told when what is left pays
 * for fewer than {@link #LOW_BASKETS} baskets, once each time it runs low: a top-up lets the next time be told.
 */
@ApplicationScoped
@Transactional
public class Prepaid {

    /** The ledger's purpose of the money handed in for prepaid baskets. */
    static final String PURPOSE = "prepaid";
    /** A balance that pays for fewer baskets than this is low: the household has a week to top up before it runs out. */
    public static final int LOW_BASKETS = 2;

    /**
     * A household's prepaid balance: what is left, the price of its next basket (size, options and a round's fee,
     * less a funder's share, at today's prices; null when unpriced), how many baskets it still pays for, whether it
     * is low, and when the household was last told so.
     */
    public record Balance(long householdId, long subscriptionId, BigDecimal balance, BigDecimal basketPrice,
            Integer basketsLeft, boolean low, Instant remindedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Offers offers;

    @Inject
    DropOffPoints points;

    @Inject
    Funders funders;

    @Inject
    Ledger ledger;

    @Inject
    BasketNotices notices;

    @Inject
    Clock clock;

    /** The household's prepaid balance; empty when it has no prepaid subscription running or to come. */
    public Optional<Balance> of(long householdId) {
        subscriptions.requireHousehold(householdId);
        return current(householdId).map(this::balance);
    }

    /**
     * Records money the household handed in for its prepaid baskets, with the payment's reference; refused for a
     * household without a prepaid subscription running or to come, and for a reference already recorded.
     */
    public LedgerEntry topUp(long householdId, Money amount, String reference, Caller by) {
        subscriptions.requireHousehold(householdId);
        if (current(householdId).isEmpty()) {
            throw ProblemException.conflict("not-prepaid", "householdId", Message.of("prepaid.none"));
        }
        return ledger.credit(Payer.household(householdId), PURPOSE, "Rechargement des paniers prépayés", amount,
                reference, LocalDate.now(clock), by);
    }

    /**
     * Tells each household whose prepaid balance runs low, once each time it does: the mark is on the household's
     * current prepaid subscription, read again under a row lock, and the account is held meanwhile so that a
     * top-up being recorded is waited for rather than missed. Answers how many were told.
     */
    public int remind() {
        int told = 0;
        // only households with a prepaid size: a pass over every household of the association, each read in the
        // same transaction and flushed again before the next one's query, ran for more than ten minutes at 100,000
        // subscriptions billed otherwise
        List<Long> prepaidSizes = offers.list().stream().filter(o -> o.billing() == BillingModel.PREPAID)
                .map(BasketOffer::id).toList();
        if (prepaidSizes.isEmpty()) {
            return 0;
        }
        List<Long> households = em.createQuery("select distinct s.householdId from Subscription s join s.terms t"
                + " where s.state = :active and s.lastWeek >= :now and t.sizeOfferId in :sizes order by s.householdId",
                Long.class).setParameter("active", SubscriptionState.ACTIVE)
                .setParameter("now", IsoWeek.of(LocalDate.now(clock))).setParameter("sizes", prepaidSizes)
                .getResultList();
        for (long household : households) {
            Optional<Subscription> current = current(household);
            if (current.isEmpty()) {
                continue;
            }
            Subscription s = current.get();
            Payer payer = Payer.household(household);
            ledger.lock(payer);
            Instant lastTopUp = ledger.lastCredit(payer, PURPOSE).orElse(null);
            if (!s.prepaidReminderDue(lastTopUp)) {
                continue;
            }
            Balance b = balance(s);
            if (!b.low()) {
                continue;
            }
            // read again under a lock: a second server or a button pressed meanwhile finds it told
            em.refresh(s, LockModeType.PESSIMISTIC_WRITE);
            if (s.prepaidReminderDue(lastTopUp)) {
                notices.prepaidLow(s, Money.of(b.balance()), b.basketPrice() == null ? null : Money.of(b.basketPrice()));
                s.prepaidReminded(clock.instant());
                told++;
            }
        }
        em.flush();
        return told;
    }

    /** The household's prepaid subscription running now, else the next to come. */
    private Optional<Subscription> current(long householdId) {
        IsoWeek now = IsoWeek.of(LocalDate.now(clock));
        return subscriptions.ofHousehold(householdId).stream()
                .filter(s -> s.state() == SubscriptionState.ACTIVE && s.lastWeek().compareTo(now) >= 0 && prepaid(s))
                .min(Comparator.comparing(Subscription::firstWeek));
    }

    private Balance balance(Subscription s) {
        List<String> drawnBy = subscriptions.ofHousehold(s.householdId()).stream().filter(this::prepaid)
                .map(p -> SubscriptionCharges.scope(p.id())).toList();
        Money left = ledger.balance(Payer.household(s.householdId()), PURPOSE, drawnBy);
        Optional<Money> price = basketPrice(s);
        Integer baskets = price.filter(Money::isPositive)
                .map(p -> left.isPositive() ? left.amount().divideToIntegralValue(p.amount()).intValue() : 0)
                .orElse(null);
        boolean low = baskets == null ? !left.isPositive() : baskets < LOW_BASKETS;
        return new Balance(s.householdId(), s.id(), left.amount(), price.map(Money::amount).orElse(null), baskets,
                low, s.prepaidRemindedAt());
    }

    /**
     * The price the household pays for its next basket at today's prices, as billing charges it; empty when a part
     * has no price.
     */
    private Optional<Money> basketPrice(Subscription s) {
        LocalDate today = LocalDate.now(clock);
        IsoWeek week = IsoWeek.of(today);
        SubscriptionTerm term = s.termIn(week.compareTo(s.firstWeek()) < 0 ? s.firstWeek() : week);
        Optional<Money> price = offers.find(term.sizeOfferId()).priceOn(today);
        if (term.funderId() != null) {
            Money share = funders.find(term.funderId()).share();
            price = price.map(p -> p.minus(SubscriptionCharges.carried(share, p)));
        }
        for (Long option : term.optionIds()) {
            price = price.flatMap(p -> offers.find(option).priceOn(today).map(p::plus));
        }
        DropOffPoint point = points.find(term.dropOffPointId());
        if (point.feeOfferId() != null) {
            price = price.flatMap(p -> offers.find(point.feeOfferId()).priceOn(today).map(p::plus));
        }
        return price;
    }

    /** Whether the subscription's baskets are prepaid: the billing model of its first size decides, as in billing. */
    private boolean prepaid(Subscription s) {
        BasketOffer size = offers.find(s.terms().get(0).sizeOfferId());
        return size.billing() == BillingModel.PREPAID;
    }
}
