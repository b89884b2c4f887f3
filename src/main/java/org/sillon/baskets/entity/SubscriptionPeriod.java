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
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.IsoWeekConverter;
import org.sillon.platform.entity.Message;

/** A period an association sells subscriptions for (the 2026-2027 season, a winter semester): a first and last week. */
@Entity
@Table(name = "subscription_period")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class SubscriptionPeriod {

    private static final int MAX_NAME = 100;

    @Id
    @SequenceGenerator(name = "subscription_period_seq", sequenceName = "subscription_period_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_period_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "first_week", nullable = false)
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek firstWeek;

    @Column(name = "last_week", nullable = false)
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek lastWeek;

    @Version
    private long version;

    protected SubscriptionPeriod() {
        // for JPA
    }

    public SubscriptionPeriod(String name, IsoWeek first, IsoWeek last) {
        describe(name, first, last);
    }

    /** Names the period and sets its weeks: at most {@link Subscription#MAX_WEEKS}, the first before the last. */
    public final void describe(String newName, IsoWeek first, IsoWeek last) {
        String n = newName == null ? "" : newName.strip().replaceAll("\\s+", " ");
        InvalidValue.Checks checks = new InvalidValue.Checks();
        checks.check("name", !n.isEmpty() && n.length() <= MAX_NAME, Message.of("name.length", MAX_NAME));
        checks.check("firstWeek", first != null, Message.of("required"));
        checks.check("lastWeek", last != null, Message.of("required"));
        checks.refuseIfAny();
        checks.check("lastWeek", last.compareTo(first) >= 0 && first.weeksUntil(last) < Subscription.MAX_WEEKS,
                Message.of("subscription.weeks", first, Subscription.MAX_WEEKS));
        checks.refuseIfAny();
        this.name = n;
        this.firstWeek = first;
        this.lastWeek = last;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("firstWeek", firstWeek.toString());
        s.put("lastWeek", lastWeek.toString());
        return s;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public IsoWeek firstWeek() {
        return firstWeek;
    }

    public IsoWeek lastWeek() {
        return lastWeek;
    }

    public long version() {
        return version;
    }
}
