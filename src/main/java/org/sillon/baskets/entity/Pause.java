package org.sillon.baskets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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

/** Weeks a subscription delivers nothing and costs nothing, its place kept: from a week to a week, both paused. */
@Entity
@Table(name = "subscription_pause")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Pause {

    @Id
    @SequenceGenerator(name = "subscription_pause_seq", sequenceName = "subscription_pause_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_pause_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subscription_id", nullable = false, updatable = false)
    private Subscription subscription;

    @Column(name = "from_week", nullable = false, updatable = false)
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek fromWeek;

    @Column(name = "to_week", nullable = false)
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek toWeek;

    @Column(name = "recorded_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Pause() {
        // for JPA
    }

    Pause(Subscription subscription, IsoWeek fromWeek, IsoWeek toWeek, String by, Instant now) {
        this.subscription = subscription;
        this.fromWeek = fromWeek;
        this.toWeek = toWeek;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public boolean covers(IsoWeek week) {
        return fromWeek.compareTo(week) <= 0 && toWeek.compareTo(week) >= 0;
    }

    boolean overlaps(IsoWeek from, IsoWeek to) {
        return fromWeek.compareTo(to) <= 0 && toWeek.compareTo(from) >= 0;
    }

    /** Resumes deliveries after {@code last}: the pause then ends with it. */
    void endAfter(IsoWeek last, String by, Instant now) {
        this.toWeek = last;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /** Ends the pause with the subscription's new last week. */
    void trimTo(IsoWeek last) {
        this.toWeek = last;
    }

    public Long id() {
        return id;
    }

    public IsoWeek fromWeek() {
        return fromWeek;
    }

    public IsoWeek toWeek() {
        return toWeek;
    }
}
