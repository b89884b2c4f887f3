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

/**
 * One merge: the person {@code mergedId} was merged into {@code survivorId} and deleted. The merged person's
 * fields are kept as they were (a JSON snapshot), so that the survivor's history stays readable. Written
 * once; only an erasure of the survivor forgets the snapshot.
 */
@Entity
@Table(name = "person_merge")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class PersonMerge {

    @Id
    @SequenceGenerator(name = "person_merge_seq", sequenceName = "person_merge_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_merge_seq")
    private Long id;

    @Column(name = "survivor_id", nullable = false, updatable = false)
    private long survivorId;

    @Column(name = "merged_id", nullable = false, updatable = false)
    private long mergedId;

    @Column(name = "merged_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant mergedAt;

    @Column(name = "merged_by", nullable = false, updatable = false)
    private String mergedBy;

    private String snapshot;

    protected PersonMerge() {
        // for JPA
    }

    public PersonMerge(long survivorId, long mergedId, Instant mergedAt, String mergedBy, String snapshot) {
        this.survivorId = survivorId;
        this.mergedId = mergedId;
        this.mergedAt = mergedAt;
        this.mergedBy = mergedBy;
        this.snapshot = snapshot;
    }

    /** What an erasure of the survivor leaves: who merged what and when, without the merged person's values. */
    public void forgetSnapshot() {
        this.snapshot = null;
    }

    /** Who was merged into whom, as the audit trail records it; never the snapshot's values. */
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("survivorId", survivorId);
        s.put("mergedId", mergedId);
        return s;
    }

    public Long id() {
        return id;
    }

    public long survivorId() {
        return survivorId;
    }

    public long mergedId() {
        return mergedId;
    }

    public Instant mergedAt() {
        return mergedAt;
    }

    public String mergedBy() {
        return mergedBy;
    }

    /** The merged person's fields as a JSON object, or null once forgotten. */
    public String snapshot() {
        return snapshot;
    }
}
