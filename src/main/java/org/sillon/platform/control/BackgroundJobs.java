package org.sillon.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Long work in the background, on any server sharing the database: a component submits a job of a kind it
 * handles ({@link JobHandler}) in its own transaction, so the job exists exactly when the decision to run it
 * is committed; {@link JobRunner} runs it in chunks, resumes it after a crash from its last committed chunk,
 * and lets one server only hold it at a time. See docs/architecture.md, "Background jobs".
 */
@ApplicationScoped
@Transactional
public class BackgroundJobs {

    /** Fired when a job is submitted; the runner looks for work once the submitting transaction commits. */
    public record Submitted(long id, String kind) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Submitted> submitted;

    /**
     * Queues a job of {@code kind} on {@code subjectId} (a row of the submitting component), run under the name of
     * {@code actor}; {@code total} is the progress at which it is complete, if known.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long submit(String kind, Long subjectId, String actor, Integer total) {
        long id = ((Number) em.createNativeQuery("select nextval('background_job_seq')").getSingleResult()).longValue();
        em.createNativeQuery("""
                insert into background_job (id, kind, subject_id, actor, status, total, lease_until, created_at)
                values (?1, ?2, ?3, ?4, 'QUEUED', ?5, now(), now())""")
                .setParameter(1, id).setParameter(2, kind).setParameter(3, subjectId).setParameter(4, actor)
                .setParameter(5, total).executeUpdate();
        submitted.fire(new Submitted(id, kind));
        return id;
    }
}
