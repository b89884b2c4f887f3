package org.sillon.baskets.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.Money;

/**
 * An organisation of the registry (CCAS, CAF, a company) carrying a share of each solidarity basket's price, billed
 * to it, within a yearly budget (none: no limit). The household pays the rest.
 */
@Entity
@Table(name = "solidarity_funder")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class SolidarityFunder {

    @Id
    @SequenceGenerator(name = "solidarity_funder_seq", sequenceName = "solidarity_funder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "solidarity_funder_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "share", nullable = false))
    private Money share;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "yearly_budget"))
    private Money yearlyBudget;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Version
    private long version;

    protected SolidarityFunder() {
        // for JPA
    }

    public SolidarityFunder(long organisationId, Money share, Money yearlyBudget, Instant now) {
        this.organisationId = organisationId;
        this.createdAt = now;
        set(share, yearlyBudget);
    }

    /** The share per basket (more than zero) and the yearly budget (more than zero, or none). */
    public final void set(Money newShare, Money budget) {
        InvalidValue.Checks checks = new InvalidValue.Checks();
        checks.check("share", newShare != null && newShare.isPositive(), Message.of("funder.share"));
        checks.check("yearlyBudget", budget == null || budget.isPositive(), Message.of("funder.budget"));
        checks.refuseIfAny();
        this.share = newShare;
        this.yearlyBudget = budget;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("organisationId", organisationId);
        s.put("share", share + " EUR");
        s.put("yearlyBudget", yearlyBudget == null ? null : yearlyBudget + " EUR");
        return s;
    }

    public Long id() {
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public Money share() {
        return share;
    }

    /** The most the funder carries in a calendar year; null for no limit. */
    public Money yearlyBudget() {
        return yearlyBudget == null || yearlyBudget.amount() == null ? null : yearlyBudget;
    }

    public long version() {
        return version;
    }
}
