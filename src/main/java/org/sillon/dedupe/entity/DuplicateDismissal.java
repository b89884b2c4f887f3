package org.sillon.dedupe.entity;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;

/** An editor's word that two persons who look alike are two people: the pair is no longer proposed. */
@Entity
@Table(name = "duplicate_dismissal")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class DuplicateDismissal {

    @Id
    @SequenceGenerator(name = "duplicate_dismissal_seq", sequenceName = "duplicate_dismissal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duplicate_dismissal_seq")
    private Long id;

    @Column(name = "person_low_id", nullable = false, updatable = false)
    private long personLowId;

    @Column(name = "person_high_id", nullable = false, updatable = false)
    private long personHighId;

    @Column(name = "dismissed_by", nullable = false, updatable = false)
    private String dismissedBy;

    @Column(name = "dismissed_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant dismissedAt;

    protected DuplicateDismissal() {
        // for JPA
    }

    /** The pair in either order; stored lower id first. */
    public DuplicateDismissal(long onePersonId, long otherPersonId, String dismissedBy, Instant now) {
        if (onePersonId == otherPersonId) {
            throw new InvalidValue("personIds", Message.of("duplicates.pair"));
        }
        this.personLowId = Math.min(onePersonId, otherPersonId);
        this.personHighId = Math.max(onePersonId, otherPersonId);
        this.dismissedBy = dismissedBy;
        this.dismissedAt = now;
    }

    /** The other person of the pair than {@code personId}, who must be one of the two. */
    public long other(long personId) {
        if (personId != personLowId && personId != personHighId) {
            throw new IllegalArgumentException("person " + personId + " is not in the pair " + personLowId + ", "
                    + personHighId);
        }
        return personId == personLowId ? personHighId : personLowId;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("personLowId", personLowId);
        s.put("personHighId", personHighId);
        return s;
    }

    public Long id() {
        return id;
    }

    public long personLowId() {
        return personLowId;
    }

    public long personHighId() {
        return personHighId;
    }

    public String dismissedBy() {
        return dismissedBy;
    }

    public Instant dismissedAt() {
        return dismissedAt;
    }
}
