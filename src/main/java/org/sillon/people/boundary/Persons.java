package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.sillon.people.boundary.PersonsResource.PersonView;
import org.sillon.people.entity.Household;
import org.sillon.people.entity.Person;
import org.sillon.people.entity.Tags;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.PagedQuery;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.PostalAddress;

/**
 * The persons of the registry: what REST and the pages both call, so both obey the same rules. Also the
 * person lifecycle that other components follow: merging two records ({@link PersonsMerged}), erasure under
 * the GDPR ({@link PersonErased}) and deletion, which any component may refuse ({@link PersonDeleting}).
 * Other components read persons as {@link PersonCard}s and rows, never as entities.
 */
@ApplicationScoped
@Transactional
public class Persons {

    /** How persons are named in the audit trail. */
    public static final String AUDIT_TYPE = "Person";

    /** The audit action on a merge's survivor; the merged person's own trail ends with {@link #MERGED_INTO}. */
    public static final String MERGED = "MERGED";
    public static final String MERGED_INTO = "MERGED_INTO";

    /** The fields a merge can take from the merged person, by their names in JSON and in the audit trail. */
    public static final Set<String> MERGEABLE_FIELDS = Person.MERGEABLE_FIELDS;

    /** What a merge did: the survivor as it now is, and the merged person's fields as they were (as text). */
    public record Merged(PersonView survivor, Map<String, String> mergedFields) {
    }

    /**
     * One person as a line of the whole registry, with their household: what comparing every person with
     * every other needs (duplicate scoring reads 40,000 of them at once).
     */
    public record Row(long id, String firstName, String lastName, String email, String phone, String mobilePhone,
            String line1, String postalCode, String city, Long householdId, String householdName, long version) {
    }

    /**
     * Counts and sums that move whenever a person or a household is created, changed or deleted: a caller
     * that keeps what it derived from the registry knows by this whether it must derive it again.
     */
    public record Stamp(long persons, long personIds, long personVersions, long households, long householdVersions) {
    }

    /** What a list of persons can be narrowed to; every part is optional. */
    public record Filter(String q, String email, Long householdId, String city, String tag, ConsentPurpose consent) {

        /** A filter on the searched text only, as pickers use. */
        public static Filter text(String q) {
            return new Filter(q, null, null, null, null, null);
        }
    }

    /** How many rows an export reads in one round trip to the database. */
    static final int EXPORT_CHUNK = 500;

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

    @Inject
    Event<PersonsMerged> merges;

    @Inject
    Event<PersonErased> erasures;

    @Inject
    Event<PersonDeleting> deletions;

    public Person create(PersonDetails details, Long householdId) {
        return create(details, PersonProfile.NONE, householdId);
    }

    public Person create(PersonDetails details, PersonProfile profile, Long householdId) {
        return createAsOf(details, profile, householdId, clock.instant());
    }

    /**
     * For persons brought from elsewhere (imports, demo data), which keep when each was registered; the date
     * joined defaults to the day of {@code registeredAt}.
     */
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

    /** A person brought from elsewhere (an import, the demo): their details, profile and when they were registered. */
    public record Newcomer(PersonDetails details, PersonProfile profile, Instant registeredAt) {
    }

    /**
     * Registers persons brought from elsewhere as {@link #createAsOf} does, in no household, each audited, with
     * no flush and no query of its own: the caller's single flush sends the inserts in batches (an import's chunk
     * of 200 persons in a few round trips rather than a flush and a query each). An email twice in the list is
     * refused here; one already a stored person's is refused by the database's unique index at that flush, for
     * the list as a whole (the import, which checked every email before, then replays the chunk one row at a
     * time to name the row: {@code RefusedRow}).
     */
    public List<Person> createAllAsOf(List<Newcomer> newcomers) {
        List<Person> created = new java.util.ArrayList<>();
        for (Newcomer n : newcomers) {
            Person person = ProblemException.onField("body", () -> new Person(n.details(), n.registeredAt()));
            ProblemException.onField("body", () -> person.profile(n.profile(), today()));
            created.add(person);
        }
        refuseRepeatedEmails(created.stream().map(Person::email).filter(Objects::nonNull).toList());
        for (Person person : created) {
            em.persist(person);
            audit.created(AUDIT_TYPE, person.id(), person.auditState());
        }
        return created;
    }

    /**
     * Replaces a person's details and household, if still at the version the editor read. A main contact
     * can only leave their household once another member is main contact.
     */
    public Person update(long id, long expectedVersion, PersonDetails details, PersonProfile profile,
            Long householdId) {
        Person person = find(id);
        if (person.isErased()) {
            throw ProblemException.conflict("erased", "body", Message.of("personalData.erasedNoChange", id));
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

    /**
     * Deletes a person who is not a household's main contact, once every component agreed
     * ({@link PersonDeleting}): a refusal is a 409 naming what holds the person.
     */
    public void delete(long id) {
        Person person = find(id);
        Household household = person.household();
        if (household != null && person.equals(household.mainContact())) {
            throw ProblemException.conflict("main-contact", "householdId",
                    Message.of("person.deleteMain", person.fullName(), household.name()));
        }
        PersonDeleting asked = new PersonDeleting(id);
        deletions.fire(asked);
        asked.proceedUnlessRefused(Message.of("record.person", id));
        em.flush(); // the rows the observers removed go before the one their keys point at
        if (household != null) {
            household.removeMember(person);
            membersChanged(household);
        }
        audit.deleted(AUDIT_TYPE, person.id(), person.auditState());
        em.remove(person);
    }

    /**
     * Merges {@code mergedId} into {@code survivorId}, if both are still at the versions read (412 otherwise).
     * Households: in the same one, the merged person leaves it (the survivor becomes main contact if the
     * merged person was); in one while the survivor is in none, the survivor takes their place; in two
     * different ones, refused (409). Every component moves its rows ({@link PersonsMerged}), then the merged
     * person is deleted before the survivor takes their values, so that the survivor can take their email
     * (unique among persons) in the same transaction. {@code takeFromMerged} names fields of
     * {@link #MERGEABLE_FIELDS} whose merged value wins; blanks are filled anyway.
     */
    public Merged merge(long survivorId, long survivorVersion, long mergedId, long mergedVersion,
            Set<String> takeFromMerged) {
        if (survivorId == mergedId) {
            throw ProblemException.invalid("mergedId", Message.of("merge.samePerson"));
        }
        Person survivor = existing("survivorId", survivorId);
        Person other = existing("mergedId", mergedId);
        Versions.check(survivorVersion, survivor.version());
        Versions.check(mergedVersion, other.version());
        Map<String, Object> before = survivor.auditState();
        Map<String, Object> otherState = other.auditState();

        takeHouseholdPlace(survivor, other);
        merges.fire(new PersonsMerged(survivor.id(), other.id()));
        audit.record(AUDIT_TYPE, other.id(), MERGED_INTO,
                Map.of("survivorId", new AuditTrail.Change(null, Long.toString(survivor.id()))));
        Versions.flush(em); // what the observers moved, before the row their keys point at goes
        em.remove(other);
        Versions.flush(em);

        ProblemException.onField("takeFromMerged", () -> survivor.absorb(other, takeFromMerged, clock.instant()));
        Versions.flush(em);
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        changes.put("mergedId", new AuditTrail.Change(null, Long.toString(other.id())));
        changes.putAll(AuditTrail.diff(before, survivor.auditState()));
        audit.record(AUDIT_TYPE, survivor.id(), MERGED, changes);
        Map<String, String> mergedFields = new LinkedHashMap<>();
        otherState.forEach((field, value) -> mergedFields.put(field, value == null ? null : value.toString()));
        return new Merged(PersonView.of(survivor), mergedFields);
    }

    /**
     * Erases a person under the GDPR, if still at the version the caller read: the person is anonymised
     * (the row stays, so that accounting records keep pointing at it), every component forgets what it holds
     * ({@link PersonErased}), the audit lines lose their values, and a household the person lived in alone
     * gets a neutral name. A main contact of a household with other members must first be replaced, or the
     * household would be named after and reached through nobody. The register of requests is the caller's.
     */
    public PersonView erase(long id, long expectedVersion) {
        Person person = find(id);
        if (person.isErased()) {
            throw ProblemException.conflict("already-erased", "personId", Message.of("personalData.alreadyErased", id));
        }
        Versions.check(expectedVersion, person.version());
        Household household = person.household();
        if (household != null && person.equals(household.mainContact()) && household.members().size() > 1) {
            throw ProblemException.conflict("main-contact", "householdId",
                    Message.of("personalData.mainContact", id, household.id()));
        }
        person.anonymise(clock.instant());
        if (household != null && household.members().size() == 1) {
            household.rename("Foyer anonymisé n°" + household.id());
            audit.forget(Households.AUDIT_TYPE, household.id());
        }
        erasures.fire(new PersonErased(id));
        audit.forget(AUDIT_TYPE, id);
        Versions.flush(em);
        return PersonView.of(person);
    }

    /** The person as the API shows it. */
    public PersonView view(long id) {
        return PersonView.of(find(id));
    }

    /** One person's card; 404 when there is none. */
    public PersonCard card(long id) {
        return card(find(id));
    }

    /** The cards of the persons that exist among {@code ids}, in one query; unknown ids are left out. */
    public List<PersonCard> cards(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p left join fetch p.household where p.id in :ids order by p.id",
                Person.class).setParameter("ids", ids).getResultList().stream().map(Persons::card).toList();
    }

    /** Every person as a {@link Row}, in one query. */
    public List<Row> rows() {
        return em.createQuery("select p.id, p.firstName, p.lastName, p.email, p.phone, p.mobilePhone,"
                + " p.address.line1, p.address.postalCode, p.address.city, h.id, h.name, p.version"
                + " from Person p left join p.household h", Object[].class).getResultList().stream()
                .map(r -> new Row((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7], (String) r[8], (Long) r[9], (String) r[10],
                        ((Number) r[11]).longValue()))
                .toList();
    }

    public Stamp stamp() {
        Object[] p = em.createQuery("select count(p), coalesce(sum(p.id), 0), coalesce(sum(p.version), 0)"
                + " from Person p", Object[].class).getSingleResult();
        Object[] h = em.createQuery("select count(h), coalesce(sum(h.version), 0) from Household h", Object[].class)
                .getSingleResult();
        return new Stamp(number(p[0]), number(p[1]), number(p[2]), number(h[0]), number(h[1]));
    }

    /** The person, with the household and tags that its every view shows, read in this transaction. */
    public Person find(long id) {
        // one query with both joined, instead of the person's and one per relation (its mapping's batch fetch)
        return known(id, em.createNamedQuery(Person.WITH_HOUSEHOLD_AND_TAGS, Person.class)
                .setParameter("id", id)
                .getResultStream().findFirst().orElse(null));
    }

    /**
     * Refuses an id that names no person, as {@link #find} does, for a caller that writes beside the person (a
     * consent, a note) and needs neither its household nor its tags: their two queries are not sent.
     */
    public void requireKnown(long id) {
        known(id, em.find(Person.class, id));
    }

    /**
     * The ids among {@code ids} that name no person of the association, in one query: an IN list, so a few thousand
     * ids at most (the API's lists hold 1,000).
     */
    public Set<Long> unknownAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<Long> unknown = new HashSet<>(ids);
        em.createQuery("select p.id from Person p where p.id in :ids", Long.class).setParameter("ids", unknown)
                .getResultList().forEach(unknown::remove);
        return unknown;
    }

    private static Person known(long id, Person person) {
        if (person == null) {
            throw ProblemException.notFound(Message.of("notFound.person", id));
        }
        return person;
    }

    public Page<Person> search(Filter filter, PageRequest page) {
        return filtered(filter, "Person p").loading("household", "tags").fetch(page, SORTS);
    }

    /** The list's conditions on {@code from}, whose person is "p". */
    private PagedQuery<Person> filtered(Filter filter, String from) {
        return PagedQuery.of(em, Person.class, "p", from)
                .whereEveryWord("p.searchText like :word", filter.q())
                .where("p.email = :email", "email", filter.email() == null ? null : filter.email().strip().toLowerCase(java.util.Locale.ROOT))
                .where("p.household.id = :household", "household", filter.householdId())
                .where("lower(p.address.city) like :city", "city", PagedQuery.startsWith(filter.city()))
                .where("exists (select tp from Person tp join tp.tags t where tp.id = p.id and lower(t.name) = :tag)",
                        "tag", Tags.searchKey(filter.tag()))
                .where(CURRENTLY_GRANTED, "consent", filter.consent());
    }

    public long count() {
        return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
    }

    // What other components read and write of persons without their entity: lists for exports, the
    // duplicate keys and registrations of imports.

    /** A page of {@link #search} as rows, with the household batch-fetched as the list does (for pickers). */
    public Page<PersonRow> rows(Filter filter, PageRequest page) {
        return search(filter, page).map(p -> new PersonRow(p.id(), p.lastName(), p.firstName(), p.email(), p.phone(),
                p.mobilePhone(), p.address(), p.household() == null ? null : p.household().name(), p.createdAt()));
    }

    /**
     * Every person of {@link #search} (its page and size aside) as rows, in the list's order, handed to
     * {@code each} as they are read: one query in one pass, no count, no entity loaded, so that 40,000
     * persons take the time of one read and the memory of one chunk.
     */
    public void export(Filter filter, PageRequest sort, Consumer<PersonRow> each) {
        filtered(filter, "Person p left join p.household h").chunks("p.id, p.lastName, p.firstName, p.email,"
                + " p.phone, p.mobilePhone, p.address, h.name, p.createdAt", sort, SORTS, EXPORT_CHUNK,
                rows -> rows.forEach(r -> each.accept(new PersonRow((Long) r[0], (String) r[1], (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5], (PostalAddress) r[6], (String) r[7],
                        (Instant) r[8]))));
    }

    /** Every person's duplicate keys, in one query, so that a list of 20,000 rows is compared in memory. */
    public java.util.List<PersonKeys> keys() {
        return em.createQuery("select new org.sillon.people.boundary.PersonKeys(p.id, p.firstName, p.lastName, p.email,"
                + " p.address.line1, p.address.postalCode) from Person p", PersonKeys.class).getResultList();
    }

    /**
     * Registers a person brought from elsewhere (an import) as {@link #createAsOf} does, in no household, and
     * answers their id.
     */
    public long registerAsOf(PersonDetails details, java.time.Instant registeredAt) {
        return createAsOf(details, PersonProfile.NONE, null, registeredAt).id();
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** Members live on the person rows: a household's version must still move when they change. */
    private void membersChanged(Household household) {
        em.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private static long number(Object sum) {
        return ((Number) sum).longValue();
    }

    private static PersonCard card(Person p) {
        Household h = p.household();
        return new PersonCard(p.id(), p.version(), p.civility(), p.firstName(), p.lastName(), p.email(), p.phone(),
                p.mobilePhone(), p.address(), p.language(), h == null ? null : h.id(), h == null ? null : h.name(),
                p.isErased());
    }

    private Person existing(String field, long id) {
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw ProblemException.invalid(field, Message.of("person.unknown", id));
        }
        return p;
    }

    /** The merged person's household place goes to the survivor (see {@link #merge}). */
    private void takeHouseholdPlace(Person survivor, Person other) {
        Household mine = survivor.household();
        Household theirs = other.household();
        if (theirs == null) {
            return;
        }
        if (mine != null && !mine.equals(theirs)) {
            throw ProblemException.conflict("merge-households", "mergedId", Message.of("merge.households",
                    survivor.fullName(), mine.name(), other.fullName(), theirs.name()));
        }
        Map<String, Object> before = theirs.auditState();
        if (mine == null) {
            theirs.addMember(survivor);
        }
        if (other.equals(theirs.mainContact())) {
            theirs.designateMainContact(survivor);
        }
        theirs.removeMember(other);
        membersChanged(theirs);
        audit.updated(Households.AUDIT_TYPE, theirs.id(), before, theirs.auditState());
    }

    private Household household(long id) {
        Household h = em.find(Household.class, id);
        if (h == null) {
            throw ProblemException.invalid("householdId", Message.of("household.unknown", id));
        }
        return h;
    }

    /** Refuses an email that is twice in the list, naming it. */
    private static void refuseRepeatedEmails(List<String> emails) {
        Set<String> seen = new java.util.HashSet<>();
        for (String email : emails) {
            if (!seen.add(email)) {
                throw ProblemException.conflict("email-taken", "email", Message.of("person.emailTaken", email));
            }
        }
    }

    private void refuseTakenEmail(String email, Long exceptId) {
        if (email == null) {
            return;
        }
        boolean taken = em.createQuery("select count(p) from Person p where p.email = :email and p.id <> :id", Long.class)
                .setParameter("email", email).setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
        if (taken) {
            throw ProblemException.conflict("email-taken", "email", Message.of("person.emailTaken", email));
        }
    }

}
