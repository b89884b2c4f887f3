package org.sillon.privacy.entity;

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
import java.time.Instant;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.Message;

/**
 * One line of the register of personal-data requests the GDPR asks the association to keep: which person
 * asked for what, when, when it was answered (within a month) and by whom.
 */
@Entity
@Table(name = "personal_data_request")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class PersonalDataRequest {

    private static final int MAX_NOTE = 500;

    /** What the person asked for. */
    public enum Kind { ACCESS, ERASURE }

    @Id
    @SequenceGenerator(name = "personal_data_request_seq", sequenceName = "personal_data_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "personal_data_request_seq")
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "requested_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant requestedAt;

    @Column(name = "completed_at")
    @Convert(converter = InstantConverter.class)
    private Instant completedAt;

    @Column(name = "handled_by", nullable = false)
    private String handledBy;

    private String note;

    protected PersonalDataRequest() {
        // for JPA
    }

    /** A request answered at once, as exports and erasures are: asked, handled and completed at {@code now}. */
    public static PersonalDataRequest answered(long personId, Kind kind, String handledBy, String note, Instant now) {
        PersonalDataRequest r = new PersonalDataRequest();
        r.personId = personId;
        r.kind = kind;
        r.requestedAt = now;
        r.completedAt = now;
        r.handledBy = handledBy;
        String n = note == null ? null : note.strip();
        if (n != null && n.length() > MAX_NOTE) {
            throw new org.sillon.platform.entity.InvalidValue("note", Message.of("max.length", MAX_NOTE));
        }
        r.note = n == null || n.isEmpty() ? null : n;
        return r;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public Kind kind() {
        return kind;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String handledBy() {
        return handledBy;
    }

    public String note() {
        return note;
    }
}
