package org.sillon.mailing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;
import org.sillon.mailing.entity.OutboxMessage;
import org.sillon.platform.control.AcrossAssociations;
import org.sillon.mailing.entity.RetryPolicy;

/**
 * Sends due messages one at a time. Each row is claimed with FOR UPDATE SKIP LOCKED, so that any number of
 * workers, on one server or several, never send the same message twice at the same time. Delivery is
 * at-least-once: if the database fails to record a success, that message is sent again.
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SmtpSender smtp;

    @Inject
    AcrossAssociations across;

    @Inject
    Clock clock;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "sillon.outbox.max-attempts")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "sillon.outbox.retry-delay-seconds")
    int retryDelaySeconds;

    /** The associations that have mail due: each is then sent in transactions bound to it. */
    public List<Long> associationsWithMailDue() {
        return across.read(em -> em.createNativeQuery("""
                select distinct association_id from outbox_message
                 where status in ('QUEUED', 'RETRYING') and next_attempt_at <= ?1""")
                .setParameter(1, java.sql.Timestamp.from(clock.instant())).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList());
    }

    /**
     * Claims the next due message, sends it and records the outcome, all in one transaction of its own: a
     * failed commit can make that one message go twice, never a batch. Returns false when none is due.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sendNext() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                select id from outbox_message
                 where status in ('QUEUED', 'RETRYING') and next_attempt_at <= ?1
                 order by next_attempt_at, id
                 limit 1
                 for update skip locked""")
                .setParameter(1, java.sql.Timestamp.from(clock.instant()))
                .getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        long id = ids.get(0).longValue();
        OutboxMessage message = em.find(OutboxMessage.class, id);
        try {
            message.markSent(smtp.send(message), clock.instant());
            metrics.counter("outbox.sent").inc();
        } catch (MessagingException | RuntimeException e) {
            boolean temporary = !(e instanceof MessagingException me) || SmtpSender.isTemporary(me);
            message.markFailed(e.toString(), temporary,
                    RetryPolicy.standard(maxAttempts, Duration.ofSeconds(retryDelaySeconds)), clock.instant());
            metrics.counter(temporary ? "outbox.deferred" : "outbox.failed").inc();
            LOG.warning(() -> "Mail " + id + " to " + message.recipient() + " not sent ("
                    + (temporary ? "will retry" : "permanent") + "): " + e);
        }
        return true;
    }
}
