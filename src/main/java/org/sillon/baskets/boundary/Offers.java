package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sillon.baskets.entity.BasketOffer;
import org.sillon.baskets.entity.OfferPrice;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.Money;

/** The association's basket offers (sizes and options) and their prices over time. */
@ApplicationScoped
@Transactional
public class Offers {

    public static final String AUDIT_TYPE = "BasketOffer";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Every offer, sizes first, then by name as French sorts it; with its prices. */
    public List<BasketOffer> list() {
        Collator french = Collator.getInstance(Locale.FRENCH);
        return em.createQuery("select o from BasketOffer o left join fetch o.prices", BasketOffer.class)
                .getResultList().stream().distinct()
                .sorted(Comparator.comparing(BasketOffer::kind).thenComparing(BasketOffer::name, french))
                .toList();
    }

    public BasketOffer find(long id) {
        BasketOffer offer = em.find(BasketOffer.class, id);
        if (offer == null) {
            throw ProblemException.notFound(Message.of("notFound.offer", id));
        }
        return offer;
    }

    public BasketOffer create(OfferDetails details) {
        BasketOffer offer = ProblemException.onField("body", () -> new BasketOffer(details, clock.instant()));
        refuseTakenName(offer.name(), null);
        em.persist(offer);
        em.flush(); // the version in the answer is the one stored
        audit.created(AUDIT_TYPE, offer.id(), offer.auditState());
        return offer;
    }

    /** A price per delivery from a day on, as other components give it. */
    public record Price(LocalDate startsOn, Money amount) {
    }

    /** Creates an offer with its prices, oldest first, as {@link #create} and {@link #priceFrom} do; answers its id. */
    public long register(OfferDetails details, List<Price> prices, Caller by) {
        BasketOffer offer = create(details);
        prices.forEach(p -> addPrice(offer, p.startsOn(), p.amount(), by));
        em.flush();
        return offer.id();
    }

    /** Renames or redescribes an offer, if still at the version the editor read. */
    public BasketOffer update(long id, long expectedVersion, OfferDetails details) {
        BasketOffer offer = find(id);
        Versions.check(expectedVersion, offer.version());
        Map<String, Object> before = offer.auditState();
        ProblemException.onField("body", () -> offer.describe(details));
        refuseTakenName(offer.name(), offer.id());
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, offer.id(), before, offer.auditState());
        return offer;
    }

    /**
     * Sets the offer's price per delivery from {@code startsOn} on, if the offer is still at the version the
     * editor read (a price added meanwhile may have moved the latest start); the offer's version moves.
     */
    public BasketOffer priceFrom(long id, long expectedVersion, LocalDate startsOn, Money amount, Caller by) {
        BasketOffer offer = find(id);
        Versions.check(expectedVersion, offer.version());
        addPrice(offer, startsOn, amount, by);
        em.lock(offer, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Versions.flush(em);
        return offer;
    }

    /** Adds the price by the offer's rule, audited as a line of its own (prices are never changed). */
    private void addPrice(BasketOffer offer, LocalDate startsOn, Money amount, Caller by) {
        OfferPrice price = ProblemException.onField("body", () -> offer.priceFrom(startsOn, amount, by.username(),
                clock.instant()));
        audit.updated(AUDIT_TYPE, offer.id(), Map.of(), Map.of("price", price.amount() + " EUR",
                "priceFrom", price.startsOn()));
    }

    private void refuseTakenName(String name, Long exceptId) {
        boolean taken = em.createQuery("select count(o) from BasketOffer o where lower(o.name) = lower(:name)"
                + " and o.id <> :id", Long.class).setParameter("name", name)
                .setParameter("id", exceptId == null ? -1L : exceptId).getSingleResult() > 0;
        if (taken) {
            throw ProblemException.conflict("name-taken", "name", Message.of("offer.nameTaken", name));
        }
    }
}
