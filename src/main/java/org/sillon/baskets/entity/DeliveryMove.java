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
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.IsoWeekConverter;
import org.sillon.platform.entity.Message;

/** One drop-off point's delivery of a week given another day of that week, with why. */
@Entity
@Table(name = "delivery_move")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class DeliveryMove {

    @Id
    @SequenceGenerator(name = "delivery_move_seq", sequenceName = "delivery_move_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_move_seq")
    private Long id;

    @Column(name = "drop_off_point_id", nullable = false, updatable = false)
    private long dropOffPointId;

    @Column(name = "iso_week", nullable = false, updatable = false)
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek week;

    @Column(name = "moved_to", nullable = false, updatable = false)
    private LocalDate movedTo;

    private String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected DeliveryMove() {
        // for JPA
    }

    /** A move to a day of the same week; whether that week is closed is the calendar's to say. */
    public DeliveryMove(long dropOffPointId, IsoWeek week, LocalDate movedTo, String reason, String by, Instant now) {
        InvalidValue.Checks checks = new InvalidValue.Checks();
        String r = reason == null ? null : reason.strip();
        checks.check("week", week != null, Message.of("required"));
        checks.check("movedTo", movedTo != null, Message.of("required"));
        if (week != null && movedTo != null) {
            checks.check("movedTo", week.contains(movedTo), Message.of("delivery.moveOutsideWeek", movedTo, week));
        }
        checks.check("reason", r == null || r.length() <= DeliveryClosure.MAX_REASON,
                Message.of("max.length", DeliveryClosure.MAX_REASON));
        checks.refuseIfAny();
        this.dropOffPointId = dropOffPointId;
        this.week = week;
        this.movedTo = movedTo;
        this.reason = r == null || r.isEmpty() ? null : r;
        this.recordedBy = by;
        this.recordedAt = now;
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

    public LocalDate movedTo() {
        return movedTo;
    }

    public String reason() {
        return reason;
    }
}
