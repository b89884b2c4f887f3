package org.sillon.mailing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.sillon.mailing.control.MailTemplates;
import org.sillon.mailing.control.OutboxWorker.MailQueued;
import org.sillon.mailing.entity.MailStatus;
import org.sillon.mailing.entity.OutboxMessage;
import org.sillon.platform.entity.Emails;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.PagedQuery;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.Message;

/**
 * How every component sends email: {@link #queue} joins the caller's transaction, so the message is sent
 * only if that transaction commits, and never inside it.
 */
@ApplicationScoped
@Transactional
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    /** Renders the template in the recipient's language and queues the message; returns its id. */
    public long queue(String to, String toName, String template, Language language, Map<String, String> values) {
        String recipient = Emails.normalise(to);
        if (recipient == null) {
            throw new IllegalArgumentException("a recipient address is required");
        }
        MailTemplates.Rendered mail = MailTemplates.render(template, language, values);
        OutboxMessage message = new OutboxMessage(recipient, toName, template, language, mail.subject(),
                mail.body(), clock.instant());
        em.persist(message);
        em.flush();
        queued.fire(new MailQueued(message.id()));
        return message.id();
    }

    public OutboxMessage find(long id) {
        OutboxMessage m = em.find(OutboxMessage.class, id);
        if (m == null) {
            throw ProblemException.notFound(Message.of("notFound.mail", id));
        }
        return m;
    }

    public Page<OutboxMessage> list(MailStatus status, String recipient, PageRequest page) {
        return PagedQuery.of(em, OutboxMessage.class, "m", "OutboxMessage m")
                .where("m.status = :status", "status", status)
                .where("m.recipient = :recipient", "recipient", recipient == null ? null : recipient.strip().toLowerCase(java.util.Locale.ROOT))
                .fetch(page, Map.of("createdAt", "m.createdAt", "status", "m.status", "recipient", "m.recipient"));
    }
}
