package org.sillon.baskets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.IsoWeekConverter;

/** A volunteer's turn holding a drop-off point's distribution in a week (a permanence). */
@Entity
@Table(name = "duty")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Duty {

    @Id
    @SequenceGenerator(name = "duty_seq", sequenceName = "duty_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_seq")
    private Long id;

    @Column(name = "drop_off_point_id", nullable = false, updatable = false)
    private long dropOffPointId;

    @Column(name = "iso_week", nullable = false, updatable = false)
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek week;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "reminded_at")
    @Convert(converter = InstantConverter.class)
    private Instant remindedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Duty() {
        // for JPA
    }

    public Duty(long dropOffPointId, IsoWeek week, long personId, String by, Instant now) {
        this.dropOffPointId = dropOffPointId;
        this.week = week;
        this.personId = personId;
        this.createdBy = by;
        this.createdAt = now;
    }

    /** The volunteer merged into {@code survivor}. */
    public void heldBy(long survivor) {
        this.personId = survivor;
    }

    public void reminded(Instant now) {
        this.remindedAt = now;
    }

    public Long id() {
        return id;
    }

    public long dropOffPointId() {
        return dropOffPointId;
    }

    public IsoWeek week() {
        return week;
    }

    public long personId() {
        return personId;
    }

    public Instant remindedAt() {
        return remindedAt;
    }
}
