package org.sillon.mailing.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sillon.platform.control.SchemaMigration.SchemaReady;
import org.sillon.platform.control.Tenancy;

/**
 * Drains the outbox: right after a transaction that queued mail commits, and every few seconds for retries
 * and for messages queued on another server.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    /** Fired when a message is queued; acted on only if the queuing transaction commits. */
    public record MailQueued(long id) {
    }

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxDelivery delivery;

    @Inject
    @ConfigProperty(name = "sillon.outbox.poll-seconds")
    int pollSeconds;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private ScheduledFuture<?> poller;

    void start(@Observes SchemaReady ready) {
        poller = executor.scheduleWithFixedDelay(this::drain, pollSeconds, pollSeconds, TimeUnit.SECONDS);
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        executor.execute(this::drain);
    }

    /**
     * Sends every due message. A call while another runs only asks the running one for one more pass, so that
     * no request is lost and no two drains of this server compete.
     */
    public void drain() {
        requested.set(true);
        do {
            if (!draining.compareAndSet(false, true)) {
                return;
            }
            try {
                while (requested.getAndSet(false)) {
                    for (long association : delivery.associationsWithMailDue()) {
                        while (Tenancy.runAs(association, delivery::sendNext)) {
                            // one message per transaction, until none of this association's is due
                        }
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Outbox drain failed; the next poll will try again", e);
            } finally {
                draining.set(false);
            }
        } while (requested.get());
    }

    /** Whether the poller runs: an Error escaping a drain (out of memory) ends it for good. */
    public boolean isPolling() {
        return poller != null && !poller.isDone();
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.cancel(false);
        }
    }
}
