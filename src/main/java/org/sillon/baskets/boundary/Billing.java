package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sillon.baskets.entity.Absence;
import org.sillon.baskets.entity.BasketOffer;
import org.sillon.baskets.entity.DeliveryCalendar;
import org.sillon.baskets.entity.ExtraOrder;
import org.sillon.baskets.entity.SolidarityFunder;
import org.sillon.baskets.entity.Subscription;
import org.sillon.baskets.entity.SubscriptionCharges;
import org.sillon.baskets.entity.SubscriptionState;
import org.sillon.ledger.boundary.Ledger;
import org.sillon.ledger.boundary.Payer;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Money;

/**
 * Turns the baskets into charges: each subscription's lines as of today, by its billing model
 * ({@link SubscriptionCharges}), posted to the ledger, which writes only what changed. Run it as often as
 * wished: a run on a day already run adds nothing, and one after a new price or a credited absence corrects.
 */
@ApplicationScoped
@Transactional
public class Billing {

    /** What a run did: the subscriptions it billed, the lines charged and corrected, the baskets without a price. */
    public record Run(LocalDate asOf, int subscriptions, int charged, int corrected, int unpriced) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Offers offers;

    @Inject
    DeliveryCalendars calendars;

    @Inject
    DropOffPoints points;

    @Inject
    Funders funders;

    @Inject
    Extras extras;

    @Inject
    BasketRules rules;

    @Inject
    Ledger ledger;

    private static java.util.Set<Long> fundersOf(Subscription s, SubscriptionCharges.Owed owed) {
        java.util.Set<Long> ids = new java.util.TreeSet<>(owed.funded().keySet());
        s.terms().stream().map(t -> t.funderId()).filter(java.util.Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /** Bills every subscription that has begun, as of today in Paris. */
    public Run run(Caller by) {
        LocalDate today = LocalDate.now(clock);
        List<Subscription> begun = em.createQuery("select distinct s from Subscription s left join fetch s.terms"
                + " where s.state = :active and s.firstWeek <= :week order by s.id", Subscription.class)
                .setParameter("active", SubscriptionState.ACTIVE).setParameter("week", IsoWeek.of(today))
                .getResultList();
        Map<Long, Map<IsoWeek, Absence>> absences = new HashMap<>();
        em.createQuery("select a from Absence a", Absence.class).getResultList().forEach(a ->
                absences.computeIfAbsent(a.subscriptionId(), k -> new HashMap<>()).put(a.week(), a));
        Map<Long, BasketOffer> offered = offers.list().stream()
                .collect(Collectors.toMap(BasketOffer::id, Function.identity()));
        Map<Long, DeliveryCalendar> delivery = calendars.calendars();
        Map<Long, List<ExtraOrder>> ordered = extras.all();
        Map<Long, SolidarityFunder> funding = funders.list().stream()
                .collect(Collectors.toMap(SolidarityFunder::id, Function.identity()));
        Map<Long, Long> fees = new HashMap<>();
        points.list(PointKind.ROUND).stream().filter(r -> r.feeOfferId() != null)
                .forEach(r -> fees.put(r.id(), r.feeOfferId()));
        SubscriptionCharges.Calendar calendar = new SubscriptionCharges.Calendar() {
            @Override
            public Optional<LocalDate> deliveryDay(long point, IsoWeek week) {
                return Optional.ofNullable(delivery.get(point)).flatMap(c -> c.deliveryIn(week));
            }

            @Override
            public Optional<Long> deliveryFee(long point) {
                return Optional.ofNullable(fees.get(point));
            }

            @Override
            public Map<Long, Integer> extras(long subscriptionId, IsoWeek week) {
                Map<Long, Integer> found = new java.util.TreeMap<>();
                for (ExtraOrder o : ordered.getOrDefault(subscriptionId, List.of())) {
                    if (o.covers(week)) {
                        found.merge(o.offerId(), o.quantity(), Integer::sum);
                    }
                }
                return found;
            }

            @Override
            public Optional<Money> funderShare(long funderId) {
                return Optional.ofNullable(funding.get(funderId)).map(SolidarityFunder::share);
            }
        };
        int included = rules.settings().absencesIncluded();
        String reason = "recalcul du " + today;
        Ledger.Posting posted = Ledger.Posting.NONE;
        int unpriced = 0;
        for (Subscription s : begun) {
            SubscriptionCharges.Owed owed = SubscriptionCharges.asOf(today, s, offered, calendar,
                    absences.getOrDefault(s.id(), Map.of()), included);
            List<String> scope = List.of(SubscriptionCharges.scope(s.id()));
            posted = posted.plus(ledger.post(Payer.household(s.householdId()), scope, owed.lines(), reason, by));
            // every funder the subscription ever had, so that a line of one no longer funding it is corrected
            for (Long funderId : fundersOf(s, owed)) {
                posted = posted.plus(ledger.post(Payer.organisation(funding.get(funderId).organisationId()), scope,
                        owed.funded().getOrDefault(funderId, List.of()), reason, by));
            }
            unpriced += owed.unpriced();
        }
        return new Run(today, begun.size(), posted.charged(), posted.corrected(), unpriced);
    }
}
