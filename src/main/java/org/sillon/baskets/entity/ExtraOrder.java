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

/**
 * Extras a subscription adds to its basket: a quantity of an offer of kind EXTRA for one week, or every week from
 * one on until the subscription ends (or the order is stopped).
 */
@Entity
@Table(name = "extra_order")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class ExtraOrder {

    public static final int MAX_QUANTITY = 20;

    @Id
    @SequenceGenerator(name = "extra_order_seq", sequenceName = "extra_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "extra_order_seq")
    private Long id;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private long subscriptionId;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "from_week", nullable = false, updatable = false)
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek fromWeek;

    /** The last week, or null for every week until the subscription ends. */
    @Column(name = "to_week")
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek toWeek;

    @Column(name = "recorded_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected ExtraOrder() {
        // for JPA
    }

    public ExtraOrder(long subscriptionId, long offerId, int quantity, IsoWeek fromWeek, IsoWeek toWeek, String by,
            Instant now) {
        this.subscriptionId = subscriptionId;
        this.offerId = offerId;
        this.quantity = quantity;
        this.fromWeek = fromWeek;
        this.toWeek = toWeek;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /** Whether the order adds extras in {@code week} of its subscription (before closures, pauses and absences). */
    public boolean covers(IsoWeek week) {
        return fromWeek.compareTo(week) <= 0 && (toWeek == null || toWeek.compareTo(week) >= 0);
    }

    /** Stops a standing order after {@code last}. */
    public void stopAfter(IsoWeek last, String by, Instant now) {
        this.toWeek = last;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public Long id() {
        return id;
    }

    public long subscriptionId() {
        return subscriptionId;
    }

    public long offerId() {
        return offerId;
    }

    public int quantity() {
        return quantity;
    }

    public IsoWeek fromWeek() {
        return fromWeek;
    }

    public IsoWeek toWeek() {
        return toWeek;
    }
}
