package org.sillon.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
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
import org.sillon.people.entity.Household;
import org.sillon.people.entity.Person;
import org.sillon.privacy.entity.PersonalDataRequest;
import org.sillon.platform.boundary.AuditEvents;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.PagedQuery;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.PersonalDataSource;
import org.sillon.people.boundary.Persons;
import org.sillon.people.boundary.PersonsResource;

/**
 * A person's GDPR rights: access (everything held about them, gathered from every component) and erasure
 * (anonymisation that keeps the row, so accounting records stay whole). Each request answered is written to
 * the register the GDPR asks for.
 */
@ApplicationScoped
@Transactional
public class PersonalData {

    public static final Map<String, String> SORTS = Map.of("requestedAt", "r.requestedAt", "kind", "r.kind");

    /** The person's household as the export shows it: names only, the members' details are their own. */
    public record HouseholdSection(long id, String name, String mainContact, List<String> members) {

        static HouseholdSection of(Household h) {
            return h == null ? null : new HouseholdSection(h.id(), h.name(),
                    h.mainContact() == null ? null : h.mainContact().fullName(),
                    h.members().stream().map(Person::fullName).toList());
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

    @Inject
    Event<PersonErased> erasures;

    /**
     * Everything held about a person: the person, their household, each component's section (in name order,
     * so that two exports compare line by line) and the audit lines about them. Recorded in the register as
     * an access request, {@code format} as its note.
     */
    public Map<String, Object> export(long personId, String format) {
        Person person = persons.find(personId);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("person", PersonsResource.PersonView.of(person));
        export.put("household", HouseholdSection.of(person.household()));
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
        em.persist(PersonalDataRequest.answered(personId, PersonalDataRequest.Kind.ACCESS, audit.actor(), format,
                clock.instant()));
        return export;
    }

    /**
     * Erases a person under the GDPR, if still at the version the caller read: the person is anonymised,
     * every component forgets what it holds ({@link PersonErased}), the audit lines lose their values, and a
     * household the person lived in alone gets a neutral name. A main contact of a household with other
     * members must first be replaced, or the household would be named after and reached through nobody.
     */
    public Person erase(long personId, long expectedVersion, String reason) {
        Person person = persons.find(personId);
        if (person.isErased()) {
            throw ProblemException.conflict("already-erased", "personId", "person " + personId + " has already been erased");
        }
        Versions.check(expectedVersion, person.version());
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "is required: the register keeps why the person was erased");
        }
        Household household = person.household();
        if (household != null && person.equals(household.mainContact()) && household.members().size() > 1) {
            throw ProblemException.conflict("main-contact", "householdId", "person " + personId
                    + " is the main contact of household " + household.id()
                    + " which has other members; choose another main contact first");
        }
        PersonalDataRequest entry = ProblemException.onField("reason", () -> PersonalDataRequest.answered(
                personId, PersonalDataRequest.Kind.ERASURE, audit.actor(), reason, clock.instant()));
        person.anonymise(clock.instant());
        if (household != null && household.members().size() == 1) {
            household.rename("Foyer anonymisé n°" + household.id());
            audit.forget(Households.AUDIT_TYPE, household.id());
        }
        erasures.fire(new PersonErased(personId));
        audit.forget(Persons.AUDIT_TYPE, personId);
        em.persist(entry);
        Versions.flush(em);
        return person;
    }

    /**
     * The persons to review for erasure: members, not yet erased, of households that left more than the
     * retention period ago. Flagged only; erasing stays a deliberate act of an administrator.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RetentionDue> retentionDue() {
        LocalDate cutoff = LocalDate.now(clock).minusMonths(retentionMonths);
        return households.leftBefore(cutoff).stream()
                .flatMap(h -> h.members().stream().filter(p -> !p.isErased())
                        .map(p -> new RetentionDue(p.id(), p.fullName(), h.id(), h.name(), h.statusSince())))
                .toList();
    }

    public int retentionMonths() {
        return retentionMonths;
    }

    /** The register of requests, newest first unless asked otherwise; {@code personId} narrows it to one person. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PersonalDataRequest> requests(Long personId, PageRequest page) {
        return PagedQuery.of(em, PersonalDataRequest.class, "r", "PersonalDataRequest r")
                .where("r.personId = :person", "person", personId)
                .fetch(page, SORTS);
    }
}
