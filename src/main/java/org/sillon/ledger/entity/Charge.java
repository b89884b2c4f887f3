package org.sillon.ledger.entity;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.Money;

/**
 * One entry of a household's account: a charge for a line (revision 0), or a correction of it by the difference
 * (revision 1, 2...). Written once; the line owes the sum of its entries.
 */
@Entity
@Table(name = "charge")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Charge {

    public static final int MAX_KEY = 200;
    public static final int MAX_ITEM = 200;
    public static final int MAX_REASON = 300;
    /** The largest amount an entry holds (its column is {@code numeric(12, 2)}), either way. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    /** Whether an amount fits an entry: at most {@link #MAX_AMOUNT} either way. */
    public static boolean fits(Money amount) {
        return amount.amount().abs().compareTo(MAX_AMOUNT) <= 0;
    }

    @Id
    @SequenceGenerator(name = "charge_seq", sequenceName = "charge_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "charge_seq")
    private Long id;

    @Column(name = "household_id", updatable = false)
    private Long householdId;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "line_key", nullable = false, updatable = false)
    private String lineKey;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(nullable = false, updatable = false)
    private String item;

    @Column(name = "service_date", nullable = false, updatable = false)
    private LocalDate serviceDate;

    @Column(nullable = false, updatable = false)
    private String bill;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, updatable = false))
    private Money amount;

    @Column(updatable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Charge() {
        // for JPA
    }

    /**
     * The entry of revision {@code revision} for the line {@code key} of the account of a household
     * ({@code householdId}) or an organisation ({@code organisationId}), billed in the month {@code bill} and due
     * on {@code dueOn}; a correction (revision above 0) says why.
     */
    public Charge(Long householdId, Long organisationId, String key, int revision, String item, LocalDate serviceDate, YearMonth bill,
            LocalDate dueOn, Money amount, String reason, String by, Instant now) {
        if ((householdId == null) == (organisationId == null) || key == null || key.isBlank() || key.length() > MAX_KEY || revision < 0 || item == null
                || serviceDate == null || bill == null || dueOn == null || amount == null
                || revision > 0 && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("an incomplete ledger entry for " + key);
        }
        this.householdId = householdId;
        this.organisationId = organisationId;
        this.lineKey = key;
        this.revision = revision;
        this.item = item.length() > MAX_ITEM ? item.substring(0, MAX_ITEM) : item;
        this.serviceDate = serviceDate;
        this.bill = bill.toString();
        this.dueOn = dueOn;
        this.amount = amount;
        this.reason = reason == null ? null : reason.strip();
        this.createdBy = by;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    /** The household owing the entry; null when an organisation does. */
    public Long householdId() {
        return householdId;
    }

    /** The organisation owing the entry (a funder); null when a household does. */
    public Long organisationId() {
        return organisationId;
    }

    public String lineKey() {
        return lineKey;
    }

    public int revision() {
        return revision;
    }

    public String item() {
        return item;
    }

    public LocalDate serviceDate() {
        return serviceDate;
    }

    public YearMonth bill() {
        return YearMonth.parse(bill);
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Money amount() {
        return amount;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
