package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sillon.baskets.entity.SolidarityFunder;
import org.sillon.ledger.boundary.Ledger;
import org.sillon.ledger.boundary.Payer;
import org.sillon.people.boundary.HouseholdDeleting;
import org.sillon.people.boundary.OrganisationDeleting;
import org.sillon.people.boundary.Organisations;
import org.sillon.people.boundary.PersonDeleting;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.PersonsMerged;
import org.sillon.people.boundary.ReferenceHandler;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.Money;

/**
 * The funders of solidarity baskets: each carries a share of every solidarity basket's price, billed to it, within
 * a yearly budget that new solidarity baskets may not pass (their weeks counted at the share, closures or not).
 */
@ApplicationScoped
@Transactional
@ReferenceHandler(tables = "solidarity_funder", nothingToDoOn = {PersonsMerged.class, PersonErased.class,
        PersonDeleting.class, HouseholdDeleting.class}) // a funder refers to its organisation only
public class Funders {

    public static final String AUDIT_TYPE = "SolidarityFunder";

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<SolidarityFunder> list() {
        return em.createQuery("select f from SolidarityFunder f order by f.id", SolidarityFunder.class).getResultList();
    }

    public SolidarityFunder find(long id) {
        SolidarityFunder f = em.find(SolidarityFunder.class, id);
        if (f == null) {
            throw ProblemException.notFound(Message.of("notFound.funder", id));
        }
        return f;
    }

    public SolidarityFunder create(Long organisationId, Money share, Money yearlyBudget) {
        if (organisationId == null || organisations.cards(Set.of(organisationId)).isEmpty()) {
            throw ProblemException.invalid("organisationId", Message.of("followup.noRecord", organisationId));
        }
        boolean taken = em.createQuery("select count(f) from SolidarityFunder f where f.organisationId = :o", Long.class)
                .setParameter("o", organisationId).getSingleResult() > 0;
        if (taken) {
            throw ProblemException.conflict("funder-exists", "organisationId", Message.of("funder.exists"));
        }
        SolidarityFunder f = ProblemException.onField("body", () -> new SolidarityFunder(organisationId, share,
                yearlyBudget, clock.instant()));
        em.persist(f);
        em.flush();
        audit.created(AUDIT_TYPE, f.id(), f.auditState());
        return f;
    }

    /** Makes an organisation a funder as {@link #create} does, for other components (the demo); answers its id. */
    public long register(long organisationId, Money share, Money yearlyBudget) {
        return create(organisationId, share, yearlyBudget).id();
    }

    /** Sets the share and budget from now on, if still at the version read; what was billed stays as billed. */
    public SolidarityFunder update(long id, long expectedVersion, Money share, Money yearlyBudget) {
        SolidarityFunder f = find(id);
        Versions.check(expectedVersion, f.version());
        Map<String, Object> before = f.auditState();
        ProblemException.onField("body", () -> f.set(share, yearlyBudget));
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, f.id(), before, f.auditState());
        return f;
    }

    /** What the funder was billed for the baskets of {@code year}. */
    public Money used(SolidarityFunder f, int year) {
        return ledger.charged(Payer.organisation(f.organisationId()), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    /**
     * Refuses a solidarity basket from {@code first} to {@code last} (each week at the funder's share) that would
     * take a year's weeks of the funder's active subscriptions past its budget; {@code exceptId} is the one changing.
     */
    void requireBudget(SolidarityFunder f, IsoWeek first, IsoWeek last, Long exceptId) {
        Money budget = f.yearlyBudget();
        if (budget == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.from_week, coalesce(t.until_week, ''), s.first_week,"
                + " s.last_week from subscription s join subscription_term t on t.subscription_id = s.id"
                + " where t.funder_id = ?1 and s.state = 'ACTIVE' and s.id <> ?2")
                .setParameter(1, f.id()).setParameter(2, exceptId == null ? -1L : exceptId).getResultList();
        for (int year = first.monday().getYear(); year <= last.monday().getYear(); year++) {
            long weeks = weeksIn(first, last, year);
            for (Object[] r : rows) {
                IsoWeek from = latest(IsoWeek.parse((String) r[0]), IsoWeek.parse((String) r[2]));
                IsoWeek to = ((String) r[1]).isEmpty() ? IsoWeek.parse((String) r[3])
                        : earliest(IsoWeek.parse((String) r[1]).plus(-1), IsoWeek.parse((String) r[3]));
                weeks += weeksIn(from, to, year);
            }
            if (f.share().times((int) weeks).compareTo(budget) > 0) {
                throw ProblemException.conflict("budget", "funderId", Message.of("funder.budgetExceeded", year,
                        budget.amount().toPlainString()));
            }
        }
    }

    /** The weeks from {@code from} to {@code to} whose Monday falls in {@code year}. */
    private static long weeksIn(IsoWeek from, IsoWeek to, int year) {
        long n = 0;
        for (IsoWeek w = from; w.compareTo(to) <= 0; w = w.plus(1)) {
            n += w.monday().getYear() == year ? 1 : 0;
        }
        return n;
    }

    private static IsoWeek latest(IsoWeek a, IsoWeek b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static IsoWeek earliest(IsoWeek a, IsoWeek b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    void on(@jakarta.enterprise.event.Observes OrganisationDeleting deleting) {
        boolean funds = em.createQuery("select count(f) from SolidarityFunder f where f.organisationId = :o", Long.class)
                .setParameter("o", deleting.organisationId()).getSingleResult() > 0;
        if (funds) {
            deleting.refuse(Message.of("deletion.funder"));
        }
    }
}
