package org.sillon.people.boundary;

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
        em.createQuery("update ImportJob j set j.processed = :p where j.id = :id")
                .setParameter("p", processed).setParameter("id", jobId).executeUpdate();
    }
}
