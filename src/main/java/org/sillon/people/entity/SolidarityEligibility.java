package org.sillon.people.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;

/**
 * Whether a household may buy solidarity baskets (paniers solidaires). This is data about social or
 * economic difficulty: it lives in its own table, never in the household's view, lists or exports, and
 * only the roles that need it read it. It holds the minimum: the decision, a short reason, who referred
 * the household (often the CCAS) and until when it holds.
 */
@Entity
@Table(name = "household_solidarity")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class SolidarityEligibility {

    private static final int MAX_REASON = 1000;

    @Id
    @Column(name = "household_id")
    private Long householdId;

    @Column(nullable = false)
    private boolean eligible;

    private String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referred_by_organisation_id")
    private Organisation referredBy;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "updated_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected SolidarityEligibility() {
        // for JPA
    }

    /** A household's record, before its first decision: not eligible. */
    public SolidarityEligibility(long householdId) {
        this.householdId = householdId;
    }

    /**
     * Records a decision. An end date belongs to an eligibility only, and an eligibility cannot be granted
     * until a day already past; a refusal keeps neither an end date nor a referring organisation.
     */
    public void decide(boolean eligible, String reason, Organisation referredBy, LocalDate validUntil,
            LocalDate today, Instant now, String by) {
        String r = reason == null ? null : reason.strip();
        if (r != null && r.length() > MAX_REASON) {
            throw new InvalidValue("reason", Message.of("max.length", MAX_REASON));
        }
        if (!eligible && validUntil != null) {
            throw new InvalidValue("validUntil", Message.of("solidarity.untilOnlyEligible"));
        }
        if (!eligible && referredBy != null) {
            throw new InvalidValue("referredByOrganisationId", Message.of("solidarity.referrerOnlyEligible"));
        }
        if (validUntil != null && validUntil.isBefore(today)) {
            throw new InvalidValue("validUntil", Message.of("date.notPast"));
        }
        this.eligible = eligible;
        this.reason = r == null || r.isEmpty() ? null : r;
        this.referredBy = referredBy;
        this.validUntil = validUntil;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** The referring organisation was deleted: the decision stands, referred by no one on record. */
    public void forgetReferrer() {
        this.referredBy = null;
    }

    /** Whether the solidarity price applies on {@code day}. */
    public boolean eligibleOn(LocalDate day) {
        return eligible && (validUntil == null || !day.isAfter(validUntil));
    }

    /**
     * The fields as the audit trail compares them. The reason is sensitive free text: the trail records
     * that it changed (a digest), not what it says, so that the audit trail does not spread it further.
     */
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("eligible", eligible);
        s.put("reason", reason == null ? null : digest(reason));
        s.put("referredByOrganisationId", referredBy == null ? null : referredBy.id());
        s.put("validUntil", validUntil);
        return s;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public long householdId() {
        return householdId;
    }

    public boolean eligible() {
        return eligible;
    }

    public String reason() {
        return reason;
    }

    public Organisation referredBy() {
        return referredBy;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
