package org.sillon.exchange.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sillon.platform.control.AuditTrail;

/**
 * Runs accepted imports on the container's managed executor, once the decision to run is committed, under
 * the name of the person who started them, so that the audit trail says who created what.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    ImportRunner runner;

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) Imports.Started started) {
        executor.submit(() -> AuditTrail.actingAs(started.actor(), () -> {
            run(started.jobId());
            return null;
        }));
    }

    private void run(long jobId) {
        try {
            runner.execute(jobId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + jobId + " failed; nothing was created", e);
            runner.abort(jobId, e);
        }
    }
}
