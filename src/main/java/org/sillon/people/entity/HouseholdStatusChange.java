package org.sillon.people.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.LocalDate;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.people.boundary.HouseholdStatus;

/** One line of a household's status history, appended by {@link Household#changeStatus}; never changed. */
@Entity
@Table(name = "household_status_change")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class HouseholdStatusChange {

    @Id
    @SequenceGenerator(name = "household_status_change_seq", sequenceName = "household_status_change_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_status_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id", updatable = false)
    private Household household;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private HouseholdStatus status;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(updatable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected HouseholdStatusChange() {
        // for JPA
    }

    HouseholdStatusChange(Household household, HouseholdStatus status, LocalDate effectiveOn, String reason,
            Instant recordedAt, String recordedBy) {
        this.household = household;
        this.status = status;
        this.effectiveOn = effectiveOn;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public HouseholdStatus status() {
        return status;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public String reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
