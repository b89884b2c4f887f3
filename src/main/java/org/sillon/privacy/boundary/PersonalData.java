package org.sillon.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sillon.people.boundary.HouseholdCard;
import org.sillon.people.boundary.PersonDeleting;
import org.sillon.people.boundary.PersonsMerged;
import org.sillon.people.boundary.ReferenceHandler;
import org.sillon.platform.entity.Message;
import org.sillon.platform.boundary.Caller;
import org.sillon.privacy.entity.PersonalDataRequest;
import org.sillon.platform.boundary.AuditEvents;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.PagedQuery;
import org.sillon.platform.control.ProblemException;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.PersonalDataSource;
import org.sillon.people.boundary.Persons;
import org.sillon.people.boundary.PersonsResource.PersonView;

/**
 * A person's GDPR rights: access (everything held about them, gathered from every component) and erasure
 * (the registry's anonymisation, {@link Persons#erase}). Each request answered is written to the register
 * the GDPR asks for.
 */
@ApplicationScoped
@Transactional
// the register records who asked for what and when: it outlives whatever becomes of the person
@ReferenceHandler(tables = "personal_data_request",
        nothingToDoOn = {PersonsMerged.class, PersonErased.class, PersonDeleting.class})
public class PersonalData {

    public static final Map<String, String> SORTS = Map.of("requestedAt", "r.requestedAt", "kind", "r.kind");

    /** The person's household as the export shows it: names only, the members' details are their own. */
    public record HouseholdSection(long id, String name, String mainContact, List<String> members) {

        static HouseholdSection of(HouseholdCard h) {
            return new HouseholdSection(h.id(), h.name(), h.mainContact() == null ? null : h.mainContact().name(),
                    h.members().stream().map(HouseholdCard.Member::name).toList());
        }
    }

    /** A person kept longer than the retention rule allows: their household left on {@code leftOn}. */
    public record RetentionDue(long personId, String name, long householdId, String householdName, LocalDate leftOn) {
    }

    /** One audit line about the person. */
    public record AuditLine(Instant occurredAt, String actor, String action, Map<String, AuditTrail.Change> changes) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Persons persons;

    @Inject
    Households households;

    /** How long after a household left its members' data may be kept; the CNIL's usual figure is 3 years. */
    @Inject
    @ConfigProperty(name = "sillon.people.retention-months", defaultValue = "36")
    int retentionMonths;

    @Inject
    AuditTrail audit;

    @Inject
    AuditEvents auditEvents;

    @Inject
    @Any
    Instance<PersonalDataSource> sources;

    /**
     * Everything held about a person: the person, their household, each component's section (in name order,
     * so that two exports compare line by line) and the audit lines about them. Recorded in the register as
     * an access request, {@code format} as its note.
     */
    public Map<String, Object> export(long personId, String format, Caller by) {
        PersonView person = persons.view(personId);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("person", person);
        export.put("household", person.householdId() == null ? null
                : households.cards(List.of(person.householdId())).stream().map(HouseholdSection::of).findFirst()
                        .orElse(null));
        Map<String, Object> sections = new TreeMap<>();
        sources.handlesStream().forEach(handle -> {
            try {
                PersonalDataSource source = handle.get();
                sections.put(source.section(), source.collect(personId));
            } finally {
                // a dependent source would otherwise stay referenced by this application-scoped facade
                if (handle.getBean().getScope() == Dependent.class) {
                    handle.destroy();
                }
            }
        });
        export.putAll(sections);
        export.put("audit", auditEvents.about(Persons.AUDIT_TYPE, personId).stream()
                .map(e -> new AuditLine(e.occurredAt(), e.actor(), e.action(), AuditTrail.changesOf(e))).toList());
        em.persist(PersonalDataRequest.answered(personId, PersonalDataRequest.Kind.ACCESS, by.username(), format,
                clock.instant()));
        return export;
    }

    /**
     * Erases a person under the GDPR ({@link Persons#erase}, if still at the version the caller read) and
     * records it in the register with its reason, which is required.
     */
    public PersonView erase(long personId, long expectedVersion, String reason, Caller by) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", Message.of("personalData.reasonRequired"));
        }
        PersonalDataRequest entry = ProblemException.onField("reason", () -> PersonalDataRequest.answered(
                personId, PersonalDataRequest.Kind.ERASURE, by.username(), reason, clock.instant()));
        PersonView erased = persons.erase(personId, expectedVersion);
        em.persist(entry);
        return erased;
    }

    /**
     * The persons to review for erasure: members, not yet erased, of households that left more than the
     * retention period ago. Flagged only; erasing stays a deliberate act of an administrator.
     */
    public List<RetentionDue> retentionDue() {
        LocalDate cutoff = LocalDate.now(clock).minusMonths(retentionMonths);
        return households.formerMembers(cutoff).stream()
                .map(m -> new RetentionDue(m.personId(), m.name(), m.householdId(), m.householdName(), m.leftOn()))
                .toList();
    }

    public int retentionMonths() {
        return retentionMonths;
    }

    /** The register of requests, newest first unless asked otherwise; {@code personId} narrows it to one person. */
    public Page<PersonalDataRequest> requests(Long personId, PageRequest page) {
        return PagedQuery.of(em, PersonalDataRequest.class, "r", "PersonalDataRequest r")
                .where("r.personId = :person", "person", personId)
                .fetch(page, SORTS);
    }
}
