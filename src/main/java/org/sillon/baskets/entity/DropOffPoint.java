package org.sillon.baskets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.baskets.boundary.DropOffPointDetails;
import org.sillon.baskets.boundary.PointKind;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.PostalAddress;

/**
 * A drop-off point (point de dépôt): a place where households collect their basket on its weekly delivery day,
 * up to its capacity per delivery. Its contact person and partner organisation are the registry's, by id.
 */
@Entity
@Table(name = "drop_off_point")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class DropOffPoint {

    private static final int MAX_NAME = 100;
    private static final int MAX_HOURS = 200;
    /** More than any garden delivers to one place in a week; a typo (10000 for 100) is refused. */
    public static final int MAX_CAPACITY = 10_000;

    @Id
    @SequenceGenerator(name = "drop_off_point_seq", sequenceName = "drop_off_point_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drop_off_point_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PointKind kind;

    @Column(nullable = false)
    private String name;

    @Embedded
    private PostalAddress address;

    @Column(name = "opening_hours")
    private String openingHours;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_day", nullable = false)
    private DayOfWeek deliveryDay;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "contact_person_id")
    private Long contactPersonId;

    @Column(name = "partner_organisation_id")
    private Long partnerOrganisationId;

    @Column(name = "fee_offer_id")
    private Long feeOfferId;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Version
    private long version;

    protected DropOffPoint() {
        // for JPA
    }

    public DropOffPoint(DropOffPointDetails details, Instant now) {
        this.kind = details.kind() == null ? PointKind.POINT : details.kind();
        this.createdAt = now;
        describe(details);
    }

    /** Replaces the point's description; every fault of it is refused at once. */
    public final void describe(DropOffPointDetails d) {
        InvalidValue.Checks checks = new InvalidValue.Checks();
        String n = d.name() == null ? "" : d.name().strip().replaceAll("\\s+", " ");
        String hours = d.openingHours() == null ? null : d.openingHours().strip();
        checks.check("name", !n.isEmpty() && n.length() <= MAX_NAME, Message.of("name.length", MAX_NAME));
        checks.check("openingHours", hours == null || hours.length() <= MAX_HOURS,
                Message.of("max.length", MAX_HOURS));
        checks.check("deliveryDay", d.deliveryDay() != null, Message.of("required"));
        checks.check("capacity", d.capacity() != null && d.capacity() >= 1 && d.capacity() <= MAX_CAPACITY,
                Message.of("between", 1, MAX_CAPACITY));
        checks.check("kind", d.kind() == null || d.kind() == kind, Message.of("point.kindFixed"));
        checks.check("feeOfferId", d.feeOfferId() == null || kind == PointKind.ROUND, Message.of("point.feeOnRound"));
        checks.refuseIfAny();
        this.name = n;
        this.address = d.address() == null || d.address().isEmpty() ? null : d.address();
        this.openingHours = hours == null || hours.isEmpty() ? null : hours;
        this.deliveryDay = d.deliveryDay();
        this.capacity = d.capacity();
        this.contactPersonId = d.contactPersonId();
        this.partnerOrganisationId = d.partnerOrganisationId();
        this.feeOfferId = d.feeOfferId();
    }

    /** The contact person merged into {@code survivor}, or gone ({@code null}). */
    public void contactBecomes(Long survivor) {
        this.contactPersonId = survivor;
    }

    /** The point's fields as the audit trail compares them before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("address", address == null ? null : address.oneLine());
        s.put("openingHours", openingHours);
        s.put("deliveryDay", deliveryDay);
        s.put("capacity", capacity);
        s.put("contactPersonId", contactPersonId);
        s.put("partnerOrganisationId", partnerOrganisationId);
        s.put("feeOfferId", feeOfferId);
        return s;
    }


    public Long id() {
        return id;
    }

    public PointKind kind() {
        return kind;
    }

    public boolean isRound() {
        return kind == PointKind.ROUND;
    }

    /** The offer of kind DELIVERY whose price a round adds to each basket it delivers; null for none. */
    public Long feeOfferId() {
        return feeOfferId;
    }

    public String name() {
        return name;
    }

    public PostalAddress address() {
        return address;
    }

    public String openingHours() {
        return openingHours;
    }

    public DayOfWeek deliveryDay() {
        return deliveryDay;
    }

    public int capacity() {
        return capacity;
    }

    public Long contactPersonId() {
        return contactPersonId;
    }

    public Long partnerOrganisationId() {
        return partnerOrganisationId;
    }

    public long version() {
        return version;
    }
}
