package org.sillon.exchange.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Publishes how far a run has gone, each time in a short transaction of its own, so that the page polling it
 * sees progress while the run's own transaction is still open. Leaves the job's version alone: progress is
 * not an edit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportProgress {

    @PersistenceContext
    EntityManager em;

    public void advance(long jobId, int processed) {
        // native: a JPQL bulk update would also move the version, and the run's own end would then be stale
        em.createNativeQuery("update import_job set processed = ?1 where id = ?2")
                .setParameter(1, processed).setParameter(2, jobId).executeUpdate();
    }
}
