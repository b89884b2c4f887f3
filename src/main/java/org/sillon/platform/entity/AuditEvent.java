package org.sillon.platform.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail: who did what to which record, and when, with the values before and after as
 * JSON, and the API token it was done with, if any. The token's name is kept with its id, so that the line
 * still reads once the token is gone (it goes with its account). Lines are written once and never changed, except that erasing a person blanks the values (the
 * personal data) while keeping who, what and when.
 */
@Entity
@Table(name = "audit_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(nullable = false, updatable = false)
    private String action;

    private String changes;

    @Column(name = "token_id", updatable = false)
    private Long tokenId;

    @Column(name = "token_name", updatable = false)
    private String tokenName;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actor, String subjectType, long subjectId, String action,
            String changes, Long tokenId, String tokenName) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.action = action;
        this.changes = changes;
        this.tokenId = tokenId;
        this.tokenName = tokenName;
    }

    /** Keeps the line but forgets the values it recorded: what an erasure leaves of a person's history. */
    public void forgetValues() {
        this.changes = null;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String subjectType() {
        return subjectType;
    }

    public long subjectId() {
        return subjectId;
    }

    public String action() {
        return action;
    }

    /** The JSON object of changed fields, or null. */
    public String changes() {
        return changes;
    }

    /** The API token the change was made with, or null (a session, or work of the system). */
    public Long tokenId() {
        return tokenId;
    }

    public String tokenName() {
        return tokenName;
    }
}
