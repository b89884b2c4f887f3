package org.sillon.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sillon.people.entity.SolidarityEligibility;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.boundary.Audience;

/**
 * The solidarity section of a household's page. It loads nothing for a person whose roles may not read
 * solidarity data (the page does not render it for them either), so the data never reaches their view state.
 */
@Named
@ViewScoped
public class SolidarityPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SolidarityEligibilities eligibilities;

    @Inject
    OrganisationPicker picker;

    @Inject
    HouseholdPage household;

    @Inject
    UserSession user;

    private boolean loaded;
    private long version;
    private boolean eligible;
    private String reason;
    private Long referredById;
    private LocalDate validUntil;
    private Instant updatedAt;
    private String updatedBy;

    /** The animator, the treasurer and administrators read solidarity data; no one else. */
    public boolean isReadable() {
        return user.in(Audience.SOLIDARITY_READERS);
    }

    /** The animator and administrators change it. */
    public boolean isEditable() {
        return user.in(Audience.REGISTRY_EDITORS);
    }

    private void ensureLoaded() {
        if (!isReadable()) {
            throw new SecurityException("solidarity data is restricted to the animator, the treasurer and administrators");
        }
        if (!loaded) {
            fill(eligibilities.find(household.getId()));
        }
    }

    private void fill(SolidarityEligibility e) {
        loaded = true;
        version = e.version();
        eligible = e.eligible();
        reason = e.reason();
        referredById = e.referredBy() == null ? null : e.referredBy().id();
        if (referredById != null) {
            picker.chosen(referredById, e.referredBy().name());
        }
        validUntil = e.validUntil();
        updatedAt = e.updatedAt();
        updatedBy = e.updatedBy();
    }

    public void save() {
        ensureLoaded();
        Faces.attempt(isEditable(), "solidarity", () -> {
            fill(eligibilities.decide(household.getId(), version,
                    new SolidarityEligibilities.Decision(eligible, reason, referredById, validUntil), user.caller()));
            Faces.info("form.saved");
            return null;
        }, () -> fill(eligibilities.find(household.getId())));
    }

    /** Organisations matching what was typed, for the "referred by" field. */
    public List<Long> completeOrganisation(String text) {
        ensureLoaded();
        return picker.complete(text);
    }

    public String label(Long organisationId) {
        return picker.label(organisationId);
    }

    public boolean isEligible() {
        ensureLoaded();
        return eligible;
    }

    public void setEligible(boolean eligible) {
        this.eligible = eligible;
    }

    public String getReason() {
        ensureLoaded();
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getReferredById() {
        ensureLoaded();
        return referredById;
    }

    public void setReferredById(Long referredById) {
        this.referredById = referredById;
    }

    public LocalDate getValidUntil() {
        ensureLoaded();
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public Instant getUpdatedAt() {
        ensureLoaded();
        return updatedAt;
    }

    public String getUpdatedBy() {
        ensureLoaded();
        return updatedBy;
    }
}
