package org.sillon.baskets.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
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
import java.util.HashSet;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.baskets.boundary.BasketChoice;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.IsoWeekConverter;

/** What a subscription delivers from a week on, until its next term: written once, replaced only before it starts. */
@Entity
@Table(name = "subscription_term")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class SubscriptionTerm {

    @Id
    @SequenceGenerator(name = "subscription_term_seq", sequenceName = "subscription_term_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_term_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subscription_id", nullable = false, updatable = false)
    private Subscription subscription;

    @Column(name = "from_week", nullable = false, updatable = false)
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek fromWeek;

    /** The next term's first week (exclusive), or null for the last term: kept by {@link Subscription}. */
    @Column(name = "until_week")
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek untilWeek;

    @Column(name = "size_offer_id", nullable = false)
    private long sizeOfferId;

    @Column(name = "drop_off_point_id", nullable = false)
    private long dropOffPointId;

    @Column(name = "funder_id")
    private Long funderId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subscription_term_option", joinColumns = @JoinColumn(name = "term_id"))
    @Column(name = "offer_id")
    private Set<Long> optionIds = new HashSet<>();

    @Column(name = "recorded_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected SubscriptionTerm() {
        // for JPA
    }

    SubscriptionTerm(Subscription subscription, IsoWeek fromWeek, BasketChoice choice, String by, Instant now) {
        this.subscription = subscription;
        this.fromWeek = fromWeek;
        choose(choice, by, now);
    }

    /** Replaces what this term delivers (only for a term whose first week the cut-off still reaches). */
    final void choose(BasketChoice choice, String by, Instant now) {
        this.sizeOfferId = choice.sizeOfferId();
        this.dropOffPointId = choice.dropOffPointId();
        this.funderId = choice.funderId();
        this.optionIds.clear();
        this.optionIds.addAll(choice.optionIds());
        this.recordedBy = by;
        this.recordedAt = now;
    }

    void runsUntil(IsoWeek next) {
        this.untilWeek = next;
    }

    public IsoWeek untilWeek() {
        return untilWeek;
    }

    public Long id() {
        return id;
    }

    public IsoWeek fromWeek() {
        return fromWeek;
    }

    public long sizeOfferId() {
        return sizeOfferId;
    }

    public long dropOffPointId() {
        return dropOffPointId;
    }

    /** The funder carrying part of a solidarity basket's price; null for a basket at its full price. */
    public Long funderId() {
        return funderId;
    }

    public Set<Long> optionIds() {
        return Set.copyOf(optionIds);
    }
}
