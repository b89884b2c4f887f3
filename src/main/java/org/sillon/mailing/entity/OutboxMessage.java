package org.sillon.mailing.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.sillon.platform.entity.InstantConverter;
import java.util.Optional;
import org.sillon.platform.entity.Language;

/** One email, rendered when queued, with its delivery history. */
@Entity
@Table(name = "outbox_message")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class OutboxMessage {

    private static final int MAX_ERROR_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(name = "recipient_name", updatable = false)
    private String recipientName;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, updatable = false)
    private String bodyText;

    @Column(updatable = false)
    private String template;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    @Convert(converter = InstantConverter.class)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "sent_at")
    @Convert(converter = InstantConverter.class)
    private Instant sentAt;

    @Column(name = "message_id")
    private String messageId;

    @Version
    private long version;

    protected OutboxMessage() {
        // for JPA
    }

    public OutboxMessage(String recipient, String recipientName, String template, Language language,
            String subject, String bodyText, Instant now) {
        this.recipient = recipient;
        this.recipientName = recipientName;
        this.template = template;
        this.language = language;
        this.subject = subject;
        this.bodyText = bodyText;
        this.status = MailStatus.QUEUED;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void markSent(String smtpMessageId, Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        messageId = smtpMessageId;
        nextAttemptAt = null;
        lastError = null;
    }

    /** A temporary failure is retried on the policy's schedule until it gives up; a permanent one is final. */
    public void markFailed(String error, boolean temporary, RetryPolicy policy, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error"
                : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        Optional<Instant> next = temporary ? policy.nextAttempt(attempts, now) : Optional.empty();
        status = next.isPresent() ? MailStatus.RETRYING : MailStatus.FAILED;
        nextAttemptAt = next.orElse(null);
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String recipientName() {
        return recipientName;
    }

    public String subject() {
        return subject;
    }

    public String bodyText() {
        return bodyText;
    }

    public String template() {
        return template;
    }

    public Language language() {
        return language;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String messageId() {
        return messageId;
    }
}
