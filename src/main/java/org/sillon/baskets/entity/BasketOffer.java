package org.sillon.baskets.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.baskets.boundary.BillingModel;
import org.sillon.baskets.boundary.Instalments;
import org.sillon.baskets.boundary.OfferDetails;
import org.sillon.baskets.boundary.OfferKind;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.Money;

/**
 * Something a household subscribes to: a basket size (small, standard, large) or an option added to it (fruit,
 * eggs), with its price per delivery over time. A price applies from its first day until the next one starts;
 * prices are only ever added, each starting after the latest, so that every delivery already priced keeps the
 * price it had.
 */
@Entity
@Table(name = "basket_offer")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class BasketOffer {

    private static final int MAX_NAME = 100;
    private static final int MAX_DESCRIPTION = 500;
    /** More of an extra than a garden sells in a week. */
    public static final int MAX_STOCK = 10_000;

    @Id
    @SequenceGenerator(name = "basket_offer_seq", sequenceName = "basket_offer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "basket_offer_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OfferKind kind;

    @Column(nullable = false)
    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private BillingModel billing;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Instalments instalments;

    @Column(name = "weekly_stock")
    private Integer weeklyStock;

    @OneToMany(mappedBy = "offer", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("startsOn")
    private List<OfferPrice> prices = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Version
    private long version;

    protected BasketOffer() {
        // for JPA
    }

    public BasketOffer(OfferDetails details, Instant now) {
        if (details.kind() == null) {
            throw new InvalidValue("kind", Message.of("required"));
        }
        this.kind = details.kind();
        if (details.kind() != OfferKind.SIZE && details.billing() != null) {
            throw new InvalidValue("billing", Message.of("offer.optionBilling"));
        }
        this.billing = details.billing() == null ? BillingModel.MONTHLY : details.billing();
        if (details.instalments() != null && billing != BillingModel.CONTRACT) {
            throw new InvalidValue("instalments", Message.of("offer.instalmentsWithoutContract"));
        }
        this.instalments = billing != BillingModel.CONTRACT ? null
                : details.instalments() == null ? Instalments.ONCE : details.instalments();
        this.createdAt = now;
        describe(details);
    }

    /** Renames and redescribes the offer; its kind stays what it was created as. */
    public final void describe(OfferDetails details) {
        InvalidValue.Checks checks = new InvalidValue.Checks();
        String n = details.name() == null ? "" : details.name().strip().replaceAll("\\s+", " ");
        String d = details.description() == null ? null : details.description().strip();
        checks.check("name", !n.isEmpty() && n.length() <= MAX_NAME,
                Message.of("name.length", MAX_NAME));
        checks.check("description", d == null || d.length() <= MAX_DESCRIPTION,
                Message.of("max.length", MAX_DESCRIPTION));
        if (details.kind() != null && details.kind() != kind) {
            checks.check("kind", false, Message.of("offer.kindFixed"));
        }
        if (details.billing() != null && details.billing() != billing
                || details.instalments() != null && details.instalments() != instalments) {
            checks.check("billing", false, Message.of("offer.billingFixed"));
        }
        checks.check("weeklyStock", details.weeklyStock() == null || kind == OfferKind.EXTRA
                && details.weeklyStock() >= 0 && details.weeklyStock() <= MAX_STOCK, Message.of("offer.stock", MAX_STOCK));
        checks.refuseIfAny();
        this.name = n;
        this.description = d == null || d.isEmpty() ? null : d;
        this.weeklyStock = details.weeklyStock();
    }

    /**
     * Sets the price per delivery from {@code startsOn} on. Refused when it would not start after the latest
     * price: a price already in force, or one before it, is history that deliveries and bills rely on.
     */
    public OfferPrice priceFrom(LocalDate startsOn, Money amount, String by, Instant now) {
        InvalidValue.Checks checks = new InvalidValue.Checks();
        checks.check("startsOn", startsOn != null, Message.of("required"));
        checks.check("amount", amount != null, Message.of("required"));
        checks.check("amount", amount == null || !amount.isNegative(),
                Message.of("offer.priceNegative"));
        OfferPrice latest = prices.isEmpty() ? null : prices.get(prices.size() - 1);
        if (latest != null && startsOn != null) {
            checks.check("startsOn", startsOn.isAfter(latest.startsOn()),
                    Message.of("offer.priceNotAfter", latest.startsOn()));
        }
        checks.refuseIfAny();
        OfferPrice price = new OfferPrice(this, startsOn, amount, by, now);
        prices.add(price);
        return price;
    }

    /** The price per delivery on {@code day}: the latest price started on or before it; none before the first. */
    public Optional<Money> priceOn(LocalDate day) {
        Money found = null;
        for (OfferPrice p : prices) {
            if (p.startsOn().isAfter(day)) {
                break;
            }
            found = p.amount();
        }
        return Optional.ofNullable(found);
    }


    /** The offer's fields as the audit trail compares them before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", kind);
        s.put("name", name);
        s.put("description", description);
        s.put("billing", billing);
        s.put("instalments", instalments);
        s.put("weeklyStock", weeklyStock);
        return s;
    }

    public Long id() {
        return id;
    }

    public OfferKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** How the size is billed; an option's is its size's, whatever it says. */
    public BillingModel billing() {
        return billing;
    }

    /** How many of an extra can be sold in a week; null for no limit (and for the other kinds). */
    public Integer weeklyStock() {
        return weeklyStock;
    }

    /** How a contract is paid; null for the other models. */
    public Instalments instalments() {
        return instalments;
    }

    public List<OfferPrice> prices() {
        return Collections.unmodifiableList(prices);
    }

    public long version() {
        return version;
    }
}
