package org.sillon.ledger.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sillon.ledger.entity.Charge;
import org.sillon.ledger.entity.Reconciliation;
import org.sillon.people.boundary.HouseholdDeleting;
import org.sillon.people.boundary.OrganisationDeleting;
import org.sillon.people.boundary.PersonDeleting;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.PersonsMerged;
import org.sillon.people.boundary.ReferenceHandler;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.PagedQuery;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.Money;

/**
 * Households' accounts: the components that charge post the lines they owe, and the ledger writes only what
 * differs from what it holds, as new entries. Posting the same lines again adds nothing; a line whose amount
 * changed gets a correction by the difference; a line no longer owed is corrected to zero. Postings for one
 * household wait for each other, and the unique (key, revision) refuses a second writer that slipped past.
 */
@ApplicationScoped
@Transactional
@ReferenceHandler(tables = "charge", nothingToDoOn = {PersonsMerged.class, PersonErased.class,
        PersonDeleting.class}) // a charge refers to the household or organisation owing it only
public class Ledger {

    public static final String AUDIT_TYPE = "Charge";
    public static final Map<String, String> SORTS = Map.of("serviceDate", "c.serviceDate", "bill", "c.bill",
            "createdAt", "c.createdAt");
    /** The key prefix of the treasurer's adjustments of a line, which no component's posting reaches. */
    static final String ADJUSTMENT = "adjust:";
    /** The key prefix of money a payer handed in ahead (a prepaid balance topped up), which no posting reaches. */
    static final String CREDIT = "credit:";

    /** What a posting wrote: new lines charged, and corrections of lines already charged. */
    public record Posting(int charged, int corrected) {

        public static final Posting NONE = new Posting(0, 0);

        public Posting plus(Posting other) {
            return new Posting(charged + other.charged, corrected + other.corrected);
        }
    }

    /** Filters of the list of entries. */
    public record Filter(Long householdId, Long organisationId, YearMonth bill, String keyPrefix) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /**
     * Makes {@code payer} owe exactly {@code expected} for the lines whose keys start with one of {@code scopes};
     * {@code reason} is what a correction says (a recalculation, a new price).
     */
    public Posting post(Payer payer, Collection<String> scopes, List<ChargeLine> expected, String reason,
            Caller by) {
        for (ChargeLine line : expected) {
            if (scopes.stream().noneMatch(s -> line.key().startsWith(s))) {
                throw new IllegalArgumentException(line.key() + " is outside the scopes posted " + scopes);
            }
        }
        lockAccount(payer);
        List<Reconciliation.Entry> entries = Reconciliation.entries(held(payer, scopes), expected);
        int corrected = 0;
        for (Reconciliation.Entry e : entries) {
            em.persist(new Charge(household(payer), organisation(payer), e.key(), e.revision(), e.item(), e.serviceDate(), e.bill(), e.dueOn(),
                    e.amount(), e.isCorrection() ? reason : null, by.username(), clock.instant()));
            corrected += e.isCorrection() ? 1 : 0;
        }
        int charged = entries.size() - corrected;
        em.flush();
        return new Posting(charged, corrected);
    }

    /**
     * The treasurer's adjustment of the line of entry {@code chargeId} by {@code delta} (negative for a discount),
     * with its reason: an entry of its own, which later postings of the line leave as it is.
     */
    public LedgerEntry adjust(long chargeId, Money delta, String reason, Caller by) {
        Charge of = charge(chargeId);
        String r = reason == null ? "" : reason.strip();
        ProblemException.onField("body", () -> {
            InvalidValue.Checks checks = new InvalidValue.Checks();
            checks.check("amount", delta != null && !delta.isZero(), Message.of("charge.adjustmentZero"));
            checks.check("amount", delta == null || Charge.fits(delta), Message.of("charge.amountTooLarge",
                    Charge.MAX_AMOUNT));
            checks.check("reason", !r.isEmpty() && r.length() <= Charge.MAX_REASON,
                    Message.of("charge.reason", Charge.MAX_REASON));
            checks.refuseIfAny();
        });
        if (of.lineKey().startsWith(ADJUSTMENT)) {
            throw ProblemException.conflict("adjustment-of-adjustment", "chargeId",
                    Message.of("charge.adjustAdjustment"));
        }
        Payer payer = of.householdId() != null ? Payer.household(of.householdId())
                : Payer.organisation(of.organisationId());
        lockAccount(payer);
        String key = ADJUSTMENT + of.lineKey();
        Integer last = em.createQuery("select max(c.revision) from Charge c where c.lineKey = :key", Integer.class)
                .setParameter("key", key).getSingleResult();
        Charge entry = write(payer, new ChargeLine(key,
                of.item(), of.serviceDate(), of.bill(), of.dueOn(), delta), last == null ? 0 : last + 1, delta, r, by);
        em.flush();
        audit.created(AUDIT_TYPE, entry.id(), Map.of("lineKey", entry.lineKey(), "amount", delta + " EUR",
                "reason", r));
        return LedgerEntry.of(entry);
    }

    /**
     * Money {@code payer} handed in ahead for {@code purpose} (a prepaid balance): an entry of its own with the
     * amount negative, so that what is owed goes down by it and what is drawn on it later is charged as usual. The
     * reference (a cheque's number, a transfer's label) is said once per account and purpose: the same reference
     * again is refused, so a form sent twice credits once.
     */
    public LedgerEntry credit(Payer payer, String purpose, String item, Money amount, String reference,
            LocalDate on, Caller by) {
        String ref = reference == null ? "" : reference.strip();
        ProblemException.onField("body", () -> {
            InvalidValue.Checks checks = new InvalidValue.Checks();
            checks.check("amount", amount != null && amount.isPositive(), Message.of("charge.creditPositive"));
            checks.check("amount", amount == null || Charge.fits(amount), Message.of("charge.amountTooLarge",
                    Charge.MAX_AMOUNT));
            checks.check("reference", !ref.isEmpty() && ref.length() <= Charge.MAX_REASON,
                    Message.of("charge.reference", Charge.MAX_REASON));
            checks.refuseIfAny();
        });
        lockAccount(payer);
        String scope = CREDIT + purpose + ":";
        List<Charge> earlier = held(payer, List.of(scope));
        if (earlier.stream().anyMatch(c -> c.reason().equalsIgnoreCase(ref))) {
            throw ProblemException.conflict("credit-recorded", "reference", Message.of("charge.creditRecorded", ref));
        }
        Charge entry = write(payer, new ChargeLine(scope + (payer.kind() == Payer.Kind.HOUSEHOLD ? "h" : "o")
                + payer.id() + ":" + (earlier.size() + 1), item, on, YearMonth.from(on), on, amount.negate()), 0,
                amount.negate(), ref, by);
        em.flush();
        audit.created(AUDIT_TYPE, entry.id(), Map.of("lineKey", entry.lineKey(), "amount", amount.negate() + " EUR",
                "reason", ref));
        return LedgerEntry.of(entry);
    }

    /**
     * What {@code payer} has left of the money handed in for {@code purpose} once the lines drawn on it (those
     * whose keys start with one of {@code drawnBy}) are paid from it, the treasurer's adjustments of either
     * included: negative when they exceed it.
     */
    public Money balance(Payer payer, String purpose, Collection<String> drawnBy) {
        List<String> scopes = new ArrayList<>(drawnBy);
        scopes.add(CREDIT + purpose + ":");
        // the treasurer's adjustments of those lines count too: a bounced cheque taken back, a basket given
        new ArrayList<>(scopes).forEach(scope -> scopes.add(ADJUSTMENT + scope));
        return held(payer, scopes).stream().map(Charge::amount).reduce(Money.ZERO, Money::plus).negate();
    }

    /** When {@code payer} last handed money in for {@code purpose}; empty if never. */
    public Optional<Instant> lastCredit(Payer payer, String purpose) {
        return held(payer, List.of(CREDIT + purpose + ":")).stream().map(Charge::createdAt).max(Comparator.naturalOrder());
    }

    public LedgerEntry find(long id) {
        return LedgerEntry.of(charge(id));
    }

    private Charge charge(long id) {
        Charge c = em.find(Charge.class, id);
        if (c == null) {
            throw ProblemException.notFound(Message.of("notFound.charge", id));
        }
        return c;
    }

    /** The entries, newest bill first, then by day of service and line, each line's revisions in order. */
    public Page<LedgerEntry> list(Filter filter, PageRequest page) {
        String prefix = filter.keyPrefix();
        if (prefix != null && !prefix.isBlank() && !ChargeLine.isKey(prefix)) {
            throw ProblemException.invalid("key", Message.of("charge.keyPrefix"));
        }
        return PagedQuery.of(em, Charge.class, "c", "Charge c")
                .where("c.householdId = :household", "household", filter.householdId())
                .where("c.organisationId = :organisation", "organisation", filter.organisationId())
                .where("c.bill = :bill", "bill", filter.bill() == null ? null : filter.bill().toString())
                .where("c.lineKey like :prefix", "prefix", prefix == null || prefix.isBlank() ? null : prefix + "%")
                .fetch(page, SORTS).map(LedgerEntry::of);
    }

    /** A household's part of a monthly bill: how many entries, and what they add up to. */
    public record BillShare(long householdId, long entries, Money total) {
    }

    /** Each household's part of the bill of {@code month}, by household id (organisations' parts apart). */
    public List<BillShare> bill(YearMonth month) {
        return em.createQuery("select c.householdId, count(c), sum(c.amount.amount) from Charge c"
                + " where c.bill = :bill and c.householdId is not null group by c.householdId order by c.householdId",
                Object[].class)
                .setParameter("bill", month.toString()).getResultList().stream()
                .map(r -> new BillShare((Long) r[0], (Long) r[1], Money.of((BigDecimal) r[2]))).toList();
    }

    /** What {@code payer} owes in all, or for one bill when {@code bill} is given. */
    public Money owed(Payer payer, YearMonth bill) {
        var query = em.createQuery("select sum(c.amount.amount) from Charge c where " + column(payer) + " = :h"
                + (bill == null ? "" : " and c.bill = :bill"), BigDecimal.class).setParameter("h", payer.id());
        if (bill != null) {
            query.setParameter("bill", bill.toString());
        }
        BigDecimal sum = query.getSingleResult();
        return sum == null ? Money.ZERO : Money.of(sum);
    }

    /** What {@code payer} was charged for services from {@code from} to {@code to}, both included. */
    public Money charged(Payer payer, LocalDate from, LocalDate to) {
        BigDecimal sum = em.createQuery("select sum(c.amount.amount) from Charge c where " + column(payer) + " = :p"
                + " and c.serviceDate >= :from and c.serviceDate <= :to", BigDecimal.class).setParameter("p", payer.id())
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return sum == null ? Money.ZERO : Money.of(sum);
    }

    private static String column(Payer payer) {
        return payer.kind() == Payer.Kind.HOUSEHOLD ? "c.householdId" : "c.organisationId";
    }

    private static Long household(Payer payer) {
        return payer.kind() == Payer.Kind.HOUSEHOLD ? payer.id() : null;
    }

    private static Long organisation(Payer payer) {
        return payer.kind() == Payer.Kind.ORGANISATION ? payer.id() : null;
    }

    /**
     * Holds the account until the transaction ends, as postings, adjustments and credits do: for a component that
     * reads a balance and acts on it, so that money being recorded meanwhile is waited for, not missed.
     */
    public void lock(Payer payer) {
        lockAccount(payer);
    }

    /** One account at a time: two postings of an account would each write the difference once. */
    private void lockAccount(Payer payer) {
        long id = payer.id();
        em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, payer.kind() == Payer.Kind.HOUSEHOLD ? 0x6c656467 : 0x6c65646f) // "ledg", "ledo"
                .setParameter(2, (int) (id ^ (id >>> 32))).getSingleResult();
    }

    /** The entries of the household's lines whose keys start with one of {@code scopes}. */
    private List<Charge> held(Payer payer, Collection<String> scopes) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        List<String> clauses = new ArrayList<>();
        int i = 0;
        for (String scope : scopes) {
            if (!ChargeLine.isKey(scope)) {
                throw new IllegalArgumentException("a scope is a key prefix: " + scope);
            }
            clauses.add("c.lineKey like :s" + i++);
        }
        var query = em.createQuery("select c from Charge c where " + column(payer) + " = :h and (" + String.join(" or ",
                clauses) + ")", Charge.class).setParameter("h", payer.id());
        i = 0;
        for (String scope : scopes) {
            query.setParameter("s" + i++, scope + "%");
        }
        return query.getResultList();
    }

    private Charge write(Payer payer, ChargeLine line, int revision, Money amount, String reason, Caller by) {
        Charge c = new Charge(household(payer), organisation(payer), line.key(), revision, line.item(), line.serviceDate(), line.bill(),
                line.dueOn(), amount, reason, by.username(), clock.instant());
        em.persist(c);
        return c;
    }

    void on(@Observes OrganisationDeleting deleting) {
        long count = em.createQuery("select count(c) from Charge c where c.organisationId = :o", Long.class)
                .setParameter("o", deleting.organisationId()).getSingleResult();
        if (count > 0) {
            deleting.refuse(Message.of("deletion.charges", count));
        }
    }

    void on(@Observes HouseholdDeleting deleting) {
        long count = em.createQuery("select count(c) from Charge c where c.householdId = :h", Long.class)
                .setParameter("h", deleting.householdId()).getSingleResult();
        if (count > 0) {
            deleting.refuse(Message.of("deletion.charges", count));
        }
    }
}
