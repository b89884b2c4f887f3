package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sillon.people.entity.Household;
import org.sillon.people.entity.Organisation;
import org.sillon.people.entity.Person;
import org.sillon.people.entity.SolidarityEligibility;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Message;

/**
 * Households' eligibility for solidarity baskets: restricted data. Only ADMIN, ANIMATOR and TREASURER
 * boundaries read it and only ADMIN and ANIMATOR ones change it (checked by {@code SolidarityResource} and
 * {@code SolidarityPanel}); nothing else in the registry shows it.
 */
@ApplicationScoped
@Transactional
@ReferenceHandler(tables = "household_solidarity")
public class SolidarityEligibilities implements PersonalDataSource {

    /** How eligibility records are named in the audit trail (their id is the household's). */
    public static final String AUDIT_TYPE = "SolidarityEligibility";

    /** A decision, as a form or an API sends it. */
    public record Decision(boolean eligible, String reason, Long referredByOrganisationId, LocalDate validUntil) {
    }

    /** What the personal-data export shows: the household's record, if it has one. */
    public record Held(long householdId, boolean eligible, String reason, String referredBy, LocalDate validUntil,
            java.time.Instant updatedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Households households;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** The household's record; one never decided reads as not eligible, at version 0. */
    public SolidarityEligibility find(long householdId) {
        households.find(householdId);
        SolidarityEligibility e = em.find(SolidarityEligibility.class, householdId);
        return e == null ? new SolidarityEligibility(householdId) : e;
    }

    /** Records a decision over the version the editor read (0 for a household never decided). */
    public SolidarityEligibility decide(long householdId, long expectedVersion, Decision decision, Caller by) {
        Household household = households.find(householdId);
        SolidarityEligibility stored = em.find(SolidarityEligibility.class, household.id());
        SolidarityEligibility e = stored == null ? new SolidarityEligibility(household.id()) : stored;
        Versions.check(expectedVersion, e.version());
        Map<String, Object> before = stored == null ? Map.of() : e.auditState();
        Organisation referredBy = referrer(decision.referredByOrganisationId());
        ProblemException.onField("body", () -> e.decide(decision.eligible(), decision.reason(), referredBy,
                decision.validUntil(), LocalDate.now(clock), clock.instant(), by.username()));
        if (stored == null) {
            em.persist(e);
        }
        Versions.flush(em);
        if (stored == null) {
            audit.created(AUDIT_TYPE, household.id(), e.auditState());
        } else {
            audit.updated(AUDIT_TYPE, household.id(), before, e.auditState());
        }
        return e;
    }

    /** Whether the household is recorded as eligible for solidarity baskets on {@code day}, for other components. */
    public boolean eligibleOn(long householdId, LocalDate day) {
        SolidarityEligibility e = em.find(SolidarityEligibility.class, householdId);
        return e != null && e.eligibleOn(day);
    }

    /** Records a decision as {@link #decide} does, for other components, which need no entity back. */
    public void record(long householdId, long expectedVersion, Decision decision, Caller by) {
        decide(householdId, expectedVersion, decision, by);
    }

    @Override
    public String section() {
        return "solidarity";
    }

    @Override
    public Object collect(long personId) {
        Person person = em.find(Person.class, personId);
        SolidarityEligibility e = person == null || person.household() == null ? null
                : em.find(SolidarityEligibility.class, person.household().id());
        // a list like every other section: empty when nothing is held
        return e == null ? List.of() : List.of(new Held(e.householdId(), e.eligible(), e.reason(),
                e.referredBy() == null ? null : e.referredBy().name(), e.validUntil(), e.updatedAt()));
    }

    /**
     * Once nobody identifiable is left in a household, its record of social difficulty serves no one: an
     * erasure of its last member deletes it and blanks its audit values.
     */
    void erased(@Observes PersonErased erased) {
        Person person = em.find(Person.class, erased.personId());
        Household household = person == null ? null : person.household();
        if (household == null || household.members().stream().anyMatch(m -> !m.isErased())) {
            return;
        }
        SolidarityEligibility e = em.find(SolidarityEligibility.class, household.id());
        if (e != null) {
            em.remove(e);
            audit.forget(AUDIT_TYPE, household.id());
        }
    }

    void deleting(@Observes HouseholdDeleting deleting) {
        SolidarityEligibility e = em.find(SolidarityEligibility.class, deleting.householdId());
        if (e != null) {
            audit.deleted(AUDIT_TYPE, e.householdId(), e.auditState());
            em.remove(e);
        }
    }

    void deleting(@Observes OrganisationDeleting deleting) {
        em.createQuery("select e from SolidarityEligibility e where e.referredBy.id = :o", SolidarityEligibility.class)
                .setParameter("o", deleting.organisationId()).getResultList().forEach(e -> {
                    Map<String, Object> before = e.auditState();
                    e.forgetReferrer();
                    audit.updated(AUDIT_TYPE, e.householdId(), before, e.auditState());
                });
    }

    private Organisation referrer(Long organisationId) {
        if (organisationId == null) {
            return null;
        }
        Organisation o = em.find(Organisation.class, organisationId);
        if (o == null) {
            throw ProblemException.invalid("referredByOrganisationId", Message.of("organisation.unknown", organisationId));
        }
        return o;
    }
}
