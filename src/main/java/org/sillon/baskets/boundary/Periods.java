package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.sillon.baskets.entity.SubscriptionPeriod;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;

/** The periods subscriptions are sold for: a household subscribes for one, from the first week still reachable. */
@ApplicationScoped
@Transactional
public class Periods {

    public static final String AUDIT_TYPE = "SubscriptionPeriod";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The periods, in calendar order. */
    public List<SubscriptionPeriod> list() {
        return em.createQuery("select p from SubscriptionPeriod p order by p.firstWeek, p.id", SubscriptionPeriod.class)
                .getResultList();
    }

    public SubscriptionPeriod find(long id) {
        SubscriptionPeriod p = em.find(SubscriptionPeriod.class, id);
        if (p == null) {
            throw ProblemException.notFound(Message.of("notFound.period", id));
        }
        return p;
    }

    public SubscriptionPeriod create(String name, IsoWeek first, IsoWeek last) {
        SubscriptionPeriod p = ProblemException.onField("body", () -> new SubscriptionPeriod(name, first, last));
        refuseTakenName(p.name(), null);
        em.persist(p);
        em.flush();
        audit.created(AUDIT_TYPE, p.id(), p.auditState());
        return p;
    }

    /**
     * Renames the period or moves its weeks, if still at the version read; subscriptions already taken for it keep
     * their own weeks.
     */
    public SubscriptionPeriod update(long id, long expectedVersion, String name, IsoWeek first, IsoWeek last) {
        SubscriptionPeriod p = find(id);
        Versions.check(expectedVersion, p.version());
        Map<String, Object> before = p.auditState();
        ProblemException.onField("body", () -> p.describe(name, first, last));
        refuseTakenName(p.name(), p.id());
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, p.id(), before, p.auditState());
        return p;
    }

    private void refuseTakenName(String name, Long exceptId) {
        boolean taken = em.createQuery("select count(p) from SubscriptionPeriod p where lower(p.name) = lower(:n)"
                + " and p.id <> :id", Long.class).setParameter("n", name).setParameter("id", exceptId == null ? -1L
                : exceptId).getSingleResult() > 0;
        if (taken) {
            throw ProblemException.conflict("name-taken", "name", Message.of("period.nameTaken", name));
        }
    }
}
