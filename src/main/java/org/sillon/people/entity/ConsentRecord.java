package org.sillon.people.entity;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.people.boundary.ConsentPurpose;
import org.sillon.people.boundary.ConsentSource;
import org.sillon.platform.entity.Message;

/**
 * One line of a person's consent history: for a purpose, consent given or withdrawn, when, how and noted by
 * whom. Lines are only added; the latest line per purpose is the current state (see {@link ConsentState}).
 */
@Entity
@Table(name = "consent_record")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class ConsentRecord {

    @Id
    @SequenceGenerator(name = "consent_record_seq", sequenceName = "consent_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_record_seq")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentPurpose purpose;

    @Column(nullable = false, updatable = false)
    private boolean granted;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentSource source;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected ConsentRecord() {
        // for JPA
    }

    public ConsentRecord(long personId, ConsentPurpose purpose, boolean granted, ConsentSource source,
            String recordedBy, Instant recordedAt) {
        if (purpose == null) {
            throw new InvalidValue("purpose", Message.of("required"));
        }
        if (source == null) {
            throw new InvalidValue("source", Message.of("required"));
        }
        this.personId = personId;
        this.purpose = purpose;
        this.granted = granted;
        this.source = source;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** A merge gives the history to the surviving person. */
    public void moveTo(long survivorId) {
        this.personId = survivorId;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("personId", personId);
        s.put("purpose", purpose);
        s.put("granted", granted);
        s.put("source", source);
        s.put("recordedAt", recordedAt);
        return s;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public boolean granted() {
        return granted;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public ConsentSource source() {
        return source;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
