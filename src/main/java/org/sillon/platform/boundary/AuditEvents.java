package org.sillon.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.PagedQuery;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.AuditEvent;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.ParisTime;

/** Reads the audit trail for administrators: who changed which record, how and when. */
@ApplicationScoped
@Transactional
public class AuditEvents {

    /** Lines are listed newest first; no other order is offered, the indexes all end in the date. */
    public static final Map<String, String> SORTS = Map.of("occurredAt", "e.occurredAt");

    /**
     * What the trail can be narrowed to; every part is optional. {@code from} and {@code to} are days in Paris,
     * both included.
     */
    public record Filter(String subjectType, Long subjectId, String actor, LocalDate from, LocalDate to) {
    }

    @PersistenceContext
    EntityManager em;

    public Page<AuditEvent> search(Filter filter, PageRequest page) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ProblemException.invalid("to", Message.of("audit.toBeforeFrom"));
        }
        return PagedQuery.of(em, AuditEvent.class, "e", "AuditEvent e")
                .where("e.subjectType = :type", "type", filter.subjectType())
                .where("e.subjectId = :id", "id", filter.subjectId())
                .where("e.actor = :actor", "actor", filter.actor())
                .where("e.occurredAt >= :from", "from",
                        filter.from() == null ? null : ParisTime.startOf(filter.from()))
                .where("e.occurredAt < :to", "to",
                        filter.to() == null ? null : ParisTime.startOf(filter.to().plusDays(1)))
                .fetch(page, SORTS);
    }

    /** Every line about one record, oldest first. */
    public List<AuditEvent> about(String subjectType, long subjectId) {
        return em.createQuery("select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id"
                + " order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultList();
    }
}
