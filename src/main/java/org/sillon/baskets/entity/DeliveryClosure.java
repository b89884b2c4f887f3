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
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.IsoWeekConverter;
import org.sillon.platform.entity.Message;

/** A week the garden delivers nowhere (holidays), with why. */
@Entity
@Table(name = "delivery_closure")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class DeliveryClosure {

    static final int MAX_REASON = 200;

    @Id
    @SequenceGenerator(name = "delivery_closure_seq", sequenceName = "delivery_closure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_closure_seq")
    private Long id;

    @Column(name = "iso_week", nullable = false, updatable = false)
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek week;

    private String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "announced_at")
    @Convert(converter = InstantConverter.class)
    private Instant announcedAt;

    @Column(name = "announced_by")
    private String announcedBy;

    protected DeliveryClosure() {
        // for JPA
    }

    public DeliveryClosure(IsoWeek week, String reason, String by, Instant now) {
        InvalidValue.Checks checks = new InvalidValue.Checks();
        String r = reason == null ? null : reason.strip();
        checks.check("week", week != null, Message.of("required"));
        checks.check("reason", r == null || r.length() <= MAX_REASON, Message.of("max.length", MAX_REASON));
        checks.refuseIfAny();
        this.week = week;
        this.reason = r == null || r.isEmpty() ? null : r;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public Long id() {
        return id;
    }

    public IsoWeek week() {
        return week;
    }

    public String reason() {
        return reason;
    }

    /** Records that the households were told; a closure is announced once. */
    public void announced(String by, Instant now) {
        if (announcedAt != null) {
            throw new IllegalStateException("the closure of " + week + " was announced already");
        }
        this.announcedAt = now;
        this.announcedBy = by;
    }

    /** When the households were told of it; null until then. */
    public Instant announcedAt() {
        return announcedAt;
    }
}
