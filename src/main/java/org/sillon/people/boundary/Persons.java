package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.sillon.people.entity.Household;
import org.sillon.people.entity.Person;
import org.sillon.people.entity.Tags;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.PagedQuery;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Versions;

/** The persons of the registry: what REST and the pages both call, so both obey the same rules. */
@ApplicationScoped
@Transactional
public class Persons {

    /** How persons are named in the audit trail. */
    public static final String AUDIT_TYPE = "Person";

    /** What a list of persons can be narrowed to; every part is optional. */
    public record Filter(String q, String email, Long householdId, String city, String tag, ConsentPurpose consent) {

        /** A filter on the searched text only, as pickers use. */
        public static Filter text(String q) {
            return new Filter(q, null, null, null, null, null);
        }
    }

    public static final Map<String, String> SORTS = Map.of(
            "lastName", "lower(p.lastName)",
            "firstName", "lower(p.firstName)",
            "email", "p.email",
            "city", "p.address.city",
            "createdAt", "p.createdAt");

    /** Persons whose latest consent line for the purpose grants it (see ConsentState). */
    private static final String CURRENTLY_GRANTED = "exists (select c from ConsentRecord c where c.personId = p.id"
            + " and c.purpose = :consent and c.granted = true and not exists (select n from ConsentRecord n"
            + " where n.personId = p.id and n.purpose = c.purpose"
            + " and (n.recordedAt > c.recordedAt or (n.recordedAt = c.recordedAt and n.id > c.id))))";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public Person create(PersonDetails details, Long householdId) {
        return create(details, PersonProfile.NONE, householdId);
    }

    public Person create(PersonDetails details, PersonProfile profile, Long householdId) {
        return createAsOf(details, profile, householdId, clock.instant());
    }

    /** For lists brought from elsewhere (imports, demo data), which keep when each person was registered. */
    public Person createAsOf(PersonDetails details, Long householdId, java.time.Instant registeredAt) {
        return createAsOf(details, PersonProfile.NONE, householdId, registeredAt);
    }

    /** The same with origin, date joined and tags; the date joined defaults to the day of {@code registeredAt}. */
    public Person createAsOf(PersonDetails details, PersonProfile profile, Long householdId,
            java.time.Instant registeredAt) {
        Person person = ProblemException.onField("body", () -> new Person(details, registeredAt));
        ProblemException.onField("body", () -> person.profile(profile, today()));
        refuseTakenEmail(person.email(), null);
        em.persist(person);
        if (householdId != null) {
            Household household = household(householdId);
            ProblemException.onField("householdId", () -> household.addMember(person));
            membersChanged(household);
        }
        em.flush(); // the version in the answer is the one stored
        audit.created(AUDIT_TYPE, person.id(), person.auditState());
        return person;
    }

    /**
     * Replaces a person's details and household, if still at the version the editor read. A main contact
     * can only leave their household once another member is main contact.
     */
    public Person update(long id, long expectedVersion, PersonDetails details, PersonProfile profile,
            Long householdId) {
        Person person = find(id);
        if (person.isErased()) {
            throw ProblemException.conflict("erased", "body", "person " + id + " was erased under the GDPR and can no longer be changed");
        }
        Versions.check(expectedVersion, person.version());
        Map<String, Object> before = person.auditState();
        ProblemException.onField("body", () -> person.describe(details, clock.instant()));
        ProblemException.onField("body", () -> person.profile(profile, today()));
        refuseTakenEmail(person.email(), person.id());
        Household current = person.household();
        Long currentId = current == null ? null : current.id();
        if (!Objects.equals(currentId, householdId)) {
            if (current != null) {
                ProblemException.onField("householdId", () -> current.removeMember(person));
                membersChanged(current);
            }
            if (householdId != null) {
                Household target = household(householdId);
                ProblemException.onField("householdId", () -> target.addMember(person));
                membersChanged(target);
            }
        }
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, person.id(), before, person.auditState());
        return person;
    }

    public void delete(long id) {
        Person person = find(id);
        Household household = person.household();
        if (household != null) {
            if (person.equals(household.mainContact())) {
                throw ProblemException.conflict("main-contact", "householdId", person.fullName()
                        + " is the main contact of " + household.name()
                        + "; choose another main contact or delete the household first");
            }
            household.removeMember(person);
            membersChanged(household);
        }
        audit.deleted(AUDIT_TYPE, person.id(), person.auditState());
        em.remove(person);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Person find(long id) {
        Person person = em.find(Person.class, id);
        if (person == null) {
            throw ProblemException.notFound("Person", id);
        }
        return person;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Person> search(Filter filter, PageRequest page) {
        return PagedQuery.of(em, Person.class, "p", "Person p")
                .whereEveryWord("p.searchText like :word", filter.q())
                .where("p.email = :email", "email", filter.email() == null ? null : filter.email().strip().toLowerCase(java.util.Locale.ROOT))
                .where("p.household.id = :household", "household", filter.householdId())
                .where("lower(p.address.city) like :city", "city", PagedQuery.startsWith(filter.city()))
                .where("exists (select tp from Person tp join tp.tags t where tp.id = p.id and lower(t.name) = :tag)",
                        "tag", Tags.searchKey(filter.tag()))
                .where(CURRENTLY_GRANTED, "consent", filter.consent())
                .fetch(page, SORTS);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
    }

    // What other components read and write of persons without their entity: lists for exports, the
    // duplicate keys and registrations of imports.

    /** A page of {@link #search} as rows, with the household batch-fetched as the list does. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PersonRow> rows(Filter filter, PageRequest page) {
        return search(filter, page).map(p -> new PersonRow(p.id(), p.lastName(), p.firstName(), p.email(), p.phone(),
                p.mobilePhone(), p.address(), p.household() == null ? null : p.household().name(), p.createdAt()));
    }

    /** Every person's duplicate keys, in one query, so that a list of 20,000 rows is compared in memory. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<PersonKeys> keys() {
        return em.createQuery("select new org.sillon.people.boundary.PersonKeys(p.id, p.firstName, p.lastName, p.email,"
                + " p.address.line1, p.address.postalCode) from Person p", PersonKeys.class).getResultList();
    }

    /**
     * Registers a person brought from elsewhere (an import) as {@link #createAsOf} does, in no household, and
     * answers their id.
     */
    public long registerAsOf(PersonDetails details, java.time.Instant registeredAt) {
        return createAsOf(details, null, registeredAt).id();
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(clock.instant(), org.sillon.platform.control.ClockProducer.PARIS);
    }

    /** Members live on the person rows: a household's version must still move when they change. */
    private void membersChanged(Household household) {
        em.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private Household household(long id) {
        Household h = em.find(Household.class, id);
        if (h == null) {
            throw ProblemException.invalid("householdId", "no household has the id " + id);
        }
        return h;
    }

    private void refuseTakenEmail(String email, Long exceptId) {
        if (email == null) {
            return;
        }
        boolean taken = em.createQuery("select count(p) from Person p where p.email = :email and p.id <> :id", Long.class)
                .setParameter("email", email).setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
        if (taken) {
            throw ProblemException.conflict("email-taken", "email", "another person already has the email " + email);
        }
    }
}
