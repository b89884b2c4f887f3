package org.sillon.baskets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.IsoWeekConverter;
import org.sillon.platform.entity.Message;

/**
 * A week a household is away from its subscription, handled as the association's policy said when declared: the
 * basket credited, shifted to a later week, collected by someone named, or donated.
 */
@Entity
@Table(name = "absence")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Absence {

    static final int MAX_NAME = 100;

    @Id
    @SequenceGenerator(name = "absence_seq", sequenceName = "absence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subscription_id", nullable = false, updatable = false)
    private Subscription subscription;

    @Column(name = "iso_week", nullable = false, updatable = false)
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek week;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AbsenceHandling handling;

    @Column(name = "given_to", updatable = false)
    private String givenTo;

    @Column(name = "shifted_to", updatable = false)
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek shiftedTo;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected Absence() {
        // for JPA
    }

    /**
     * The household of {@code subscription} away in {@code week}; a gift names who collects, a shift the later
     * week that receives the basket.
     */
    public Absence(Subscription subscription, IsoWeek week, AbsenceHandling handling, String givenTo,
            IsoWeek shiftedTo, String by, Instant now) {
        String name = givenTo == null ? null : givenTo.strip().replaceAll("\\s+", " ");
        InvalidValue.Checks checks = new InvalidValue.Checks();
        checks.check("week", week != null, Message.of("required"));
        checks.check("givenTo", handling != AbsenceHandling.GIFT || name != null && !name.isEmpty(),
                Message.of("absence.givenTo"));
        checks.check("givenTo", name == null || name.length() <= MAX_NAME, Message.of("max.length", MAX_NAME));
        checks.refuseIfAny();
        if (!subscription.delivers(week)) {
            throw new InvalidValue("week", Message.of("absence.noDelivery", week));
        }
        if (handling == AbsenceHandling.SHIFT && (shiftedTo == null || shiftedTo.compareTo(week) <= 0)) {
            throw new IllegalArgumentException("a shift goes to a later week: " + shiftedTo);
        }
        this.subscription = subscription;
        this.week = week;
        this.handling = handling;
        this.givenTo = handling == AbsenceHandling.GIFT ? name : null;
        this.shiftedTo = handling == AbsenceHandling.SHIFT ? shiftedTo : null;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public Long id() {
        return id;
    }

    public long subscriptionId() {
        return subscription.id();
    }

    public IsoWeek week() {
        return week;
    }

    public AbsenceHandling handling() {
        return handling;
    }

    public String givenTo() {
        return givenTo;
    }

    public IsoWeek shiftedTo() {
        return shiftedTo;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
