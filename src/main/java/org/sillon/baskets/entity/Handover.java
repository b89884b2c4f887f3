package org.sillon.baskets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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

/** A week's basket of a subscription, marked collected, not collected or delivered; marked again, it changes. */
@Entity
@Table(name = "basket_handover")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Handover {

    @Id
    @SequenceGenerator(name = "basket_handover_seq", sequenceName = "basket_handover_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "basket_handover_seq")
    private Long id;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private long subscriptionId;

    @Column(name = "iso_week", nullable = false, updatable = false)
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek week;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HandoverOutcome outcome;

    @Column(name = "marked_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant markedAt;

    @Column(name = "marked_by", nullable = false)
    private String markedBy;

    @Version
    private long version;

    protected Handover() {
        // for JPA
    }

    public Handover(long subscriptionId, IsoWeek week, HandoverOutcome outcome, String by, Instant now) {
        this.subscriptionId = subscriptionId;
        this.week = week;
        mark(outcome, by, now);
    }

    /** Records what became of the basket, replacing an earlier mark (a slip of the finger on the phone). */
    public final void mark(HandoverOutcome outcome, String by, Instant now) {
        if (outcome == null) {
            throw new InvalidValue("outcome", Message.of("required"));
        }
        this.outcome = outcome;
        this.markedBy = by;
        this.markedAt = now;
    }

    public Long id() {
        return id;
    }

    public long subscriptionId() {
        return subscriptionId;
    }

    public IsoWeek week() {
        return week;
    }

    public HandoverOutcome outcome() {
        return outcome;
    }
}
