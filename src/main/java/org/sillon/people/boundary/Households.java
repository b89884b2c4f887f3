package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.sillon.people.entity.Household;
import org.sillon.people.entity.HouseholdStatusChange;
import org.sillon.people.entity.Person;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.PagedQuery;
import org.sillon.platform.control.PlainRows;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.PostalAddress;

/**
 * Households: their members, main contact, delivery address, and status with its history. Other components
 * read them as {@link HouseholdCard}s.
 */
@ApplicationScoped
@Transactional
// the status history is part of the household: the key's cascade deletes it with the household's row
@ReferenceHandler(tables = "household_status_change", nothingToDoOn = HouseholdDeleting.class)
public class Households {

    /** How households are named in the audit trail. */
    public static final String AUDIT_TYPE = "Household";

    /** How status changes are named in the audit trail. */
    public static final String STATUS_CHANGED = "STATUS";

    /**
     * What a household is made of, as a form or an API sends it. The delivery address may be null (the
     * main contact's address); the status is the one a new household starts with (PROSPECT if null) and,
     * on an update, must be null or the current one: it changes only through {@link #changeStatus}.
     */
    public record Composition(String name, Long mainContactId, List<Long> memberIds, PostalAddress deliveryAddress,
            String deliveryInstructions, HouseholdStatus status) {

        /** A prospect delivered at its main contact's address. */
        public Composition(String name, Long mainContactId, List<Long> memberIds) {
            this(name, mainContactId, memberIds, null, null, null);
        }
    }

    /**
     * A household brought from elsewhere (an import, the demo): its members to register, main contact first, and the
     * status it starts with (a prospect when null) from {@code statusSince} (today when null), and why.
     */
    public record Arrival(List<Persons.Newcomer> members, HouseholdStatus status, LocalDate statusSince,
            String statusReason) {
    }

    /** A household created from an {@link Arrival}, and its members' ids in the arrival's order. */
    public record Arrived(long householdId, List<Long> memberIds) {
    }

    /** A member, not erased, of a household that left on {@code leftOn}. */
    public record FormerMember(long personId, String name, long householdId, String householdName, LocalDate leftOn) {
    }

    /** statusBefore: only households whose current status took effect before that day. */
    public record Filter(String q, String city, HouseholdStatus status, LocalDate statusBefore) {
    }

    /** The condition of {@link #formerMembers}, shared with the list filter so that both mean the same. */
    private static final String STATUS_BEFORE = "h.statusSince < :before";

    public static final Map<String, String> SORTS = Map.of(
            "name", "lower(h.name)",
            "city", "c.address.city",
            "createdAt", "h.createdAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Event<HouseholdDeleting> deletions;

    @Inject
    Persons persons;

    /** Creates a household; a status given at once is the first line of its history, in the caller's name. */
    public Household create(Composition composition, Caller by) {
        Person main = person("mainContactId", composition.mainContactId());
        Household household = ProblemException.onField("body",
                () -> new Household(composition.name(), main, clock.instant()));
        ProblemException.onField("deliveryInstructions",
                () -> household.deliverTo(composition.deliveryAddress(), composition.deliveryInstructions()));
        em.persist(household);
        for (Person p : members(composition)) {
            ProblemException.onField("memberIds", () -> household.addMember(p));
        }
        if (composition.status() != null && composition.status() != household.status()) {
            ProblemException.onField("status", () -> household.changeStatus(composition.status(),
                    LocalDate.now(clock), null, clock.instant(), by.username()));
        }
        em.flush(); // the version in the answer is the one stored
        audit.created(AUDIT_TYPE, household.id(), household.auditState());
        return household;
    }

    /**
     * Registers households brought from elsewhere with their members, by the rules and with the audit lines of
     * {@link Persons#createAsOf} and {@link #create}, in one flush of batched inserts (see
     * {@link Persons#createAllAsOf}): the households first, then their members naming them.
     */
    public List<Arrived> arrive(List<Arrival> arrivals, Caller by) {
        List<Person> people = persons.createAllAsOf(arrivals.stream().flatMap(a -> a.members().stream()).toList());
        List<Arrived> arrived = new ArrayList<>();
        int next = 0;
        for (Arrival a : arrivals) {
            List<Person> members = people.subList(next, next + a.members().size());
            next += members.size();
            Household household = ProblemException.onField("body",
                    () -> new Household(null, members.get(0), clock.instant()));
            em.persist(household);
            for (Person p : members.subList(1, members.size())) {
                ProblemException.onField("memberIds", () -> household.addMember(p));
            }
            if (a.status() != null && a.status() != household.status()) {
                LocalDate since = a.statusSince() == null ? LocalDate.now(clock) : a.statusSince();
                ProblemException.onField("status", () -> household.changeStatus(a.status(), since, a.statusReason(),
                        clock.instant(), by.username()));
            }
            audit.created(AUDIT_TYPE, household.id(), household.auditState());
            arrived.add(new Arrived(household.id(), members.stream().map(Person::id).toList()));
        }
        em.flush();
        return arrived;
    }

    /** Sets the name, members and main contact as given, if the household is still as the editor read it. */
    public Household update(long id, long expectedVersion, Composition composition) {
        Household household = find(id);
        Versions.check(expectedVersion, household.version());
        Map<String, Object> before = household.auditState();
        if (composition.status() != null && composition.status() != household.status()) {
            throw ProblemException.invalid("status", Message.of("household.statusThroughHistory"));
        }
        Person main = person("mainContactId", composition.mainContactId());
        Set<Person> wanted = new LinkedHashSet<>(members(composition));
        wanted.add(main);
        ProblemException.onField("memberIds", () -> {
            wanted.forEach(household::addMember);
            household.designateMainContact(main);
            for (Person p : new ArrayList<>(household.members())) {
                if (!wanted.contains(p)) {
                    household.removeMember(p);
                }
            }
            household.rename(composition.name());
        });
        ProblemException.onField("deliveryInstructions",
                () -> household.deliverTo(composition.deliveryAddress(), composition.deliveryInstructions()));
        em.lock(household, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, household.id(), before, household.auditState());
        return household;
    }

    /** Adds a person to the household at once, if it is still as the editor read it. */
    public Household addMember(long id, long expectedVersion, long personId) {
        Person person = person("memberIds", personId);
        return change(id, expectedVersion, "memberIds", h -> h.addMember(person));
    }

    /** Takes a person (not the main contact) out of the household at once. */
    public Household removeMember(long id, long expectedVersion, long personId) {
        Person person = person("memberIds", personId);
        return change(id, expectedVersion, "memberIds", h -> h.removeMember(person));
    }

    /** Makes a member the household's main contact at once. */
    public Household designateMainContact(long id, long expectedVersion, long personId) {
        Person person = person("mainContactId", personId);
        return change(id, expectedVersion, "mainContactId", h -> h.designateMainContact(person));
    }

    /**
     * Sets the delivery instructions alone, keeping the delivery address: the part of a household the garden
     * team keeps up to date as well as the registry's editors (the boundaries let it through, as
     * {@code Audience.DELIVERY_EDITORS}, to this method only).
     */
    public Household instructDelivery(long id, long expectedVersion, String instructions) {
        return change(id, expectedVersion, "deliveryInstructions",
                h -> h.deliverTo(h.deliveryAddress(), instructions));
    }

    /** One change of a household still as its editor read it, refused on {@code field}, audited, versioned. */
    private Household change(long id, long expectedVersion, String field, Consumer<Household> change) {
        Household household = find(id);
        Versions.check(expectedVersion, household.version());
        Map<String, Object> before = household.auditState();
        ProblemException.onField(field, () -> change.accept(household));
        if (household.auditState().equals(before)) {
            return household; // nothing changed (already a member, already the main contact): no new version
        }
        // a change of members alone touches the persons' rows: the household's version still moves
        em.lock(household, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, household.id(), before, household.auditState());
        return household;
    }

    /**
     * Moves a household to another status from {@code effectiveOn} (not in the future), recorded in its
     * history with the caller's name. For components that drive the status themselves (dues from
     * payments), {@code expectedVersion} may be {@link Versions#ANY}.
     */
    public Household changeStatus(long id, long expectedVersion, HouseholdStatus status, LocalDate effectiveOn,
            String reason, Caller by) {
        Household household = find(id);
        Versions.check(expectedVersion, household.version());
        if (effectiveOn != null && effectiveOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("effectiveOn", Message.of("date.notFuture"));
        }
        Map<String, Object> before = household.auditState();
        HouseholdStatusChange change = ProblemException.onField("status",
                () -> household.changeStatus(status, effectiveOn, reason, clock.instant(), by.username()));
        Versions.flush(em);
        Map<String, AuditTrail.Change> changes = AuditTrail.diff(before, household.auditState());
        if (change.reason() != null) {
            changes.put("reason", new AuditTrail.Change(null, change.reason()));
        }
        audit.record(AUDIT_TYPE, household.id(), STATUS_CHANGED, changes);
        return household;
    }

    /** Changes the status as {@link #changeStatus} does, for other components, which need no entity back. */
    public void recordStatus(long id, long expectedVersion, HouseholdStatus status, LocalDate effectiveOn, String reason,
            Caller by) {
        changeStatus(id, expectedVersion, status, effectiveOn, reason, by);
    }

    /** The household's status changes, oldest first. */
    public List<HouseholdStatusChange> statusHistory(long id) {
        return List.copyOf(find(id).statusHistory());
    }

    /**
     * The members, not erased, of households that left before {@code cutoff} (their status is LEFT, effective
     * before that day), by the day they left.
     */
    public List<FormerMember> formerMembers(LocalDate cutoff) {
        return em.createQuery("select p.id, p.firstName, p.lastName, h.id, h.name, h.statusSince from Person p"
                + " join p.household h where h.status = :left and " + STATUS_BEFORE + " and p.erasedAt is null"
                + " order by h.statusSince, h.id, p.lastName, p.firstName", Object[].class)
                .setParameter("left", HouseholdStatus.LEFT).setParameter("before", cutoff).getResultList().stream()
                .map(r -> new FormerMember((Long) r[0], r[1] + " " + r[2], (Long) r[3], (String) r[4],
                        (LocalDate) r[5]))
                .toList();
    }

    /**
     * Deletes the household once every component agreed ({@link HouseholdDeleting}): a refusal is a 409
     * naming what holds it. Its members stay in the registry, in no household.
     */
    public void delete(long id) {
        Household household = find(id);
        HouseholdDeleting asked = new HouseholdDeleting(id);
        deletions.fire(asked);
        asked.proceedUnlessRefused(Message.of("record.household", id));
        em.flush(); // the rows the observers removed go before the one their keys point at
        audit.deleted(AUDIT_TYPE, household.id(), household.auditState());
        household.dissolve();
        em.flush();
        em.remove(household);
    }

    /** The cards of the households that exist among {@code ids}, in one query (members in a second one). */
    public List<HouseholdCard> cards(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select h from Household h left join fetch h.mainContact where h.id in :ids"
                + " order by h.id", Household.class).setParameter("ids", ids).getResultList().stream()
                .map(h -> new HouseholdCard(h.id(), h.name(), h.status(), member(h.mainContact()),
                        h.members().stream().map(Households::member).toList()))
                .toList();
    }

    /**
     * Whom the association writes to about a household's baskets and bills: its main contact, in their language.
     * Such notices are the service itself, so they need no consent; a household whose main contact has no email
     * (or none at all) is left out.
     */
    public record Addressee(long householdId, String householdName, String name, String email, Language language) {
    }

    /** The addressees of the households among {@code ids} that have one, in one query. */
    public List<Addressee> addressees(Collection<Long> ids) {
        List<Addressee> found = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IDS_CHUNK) {
            em.createQuery("select h from Household h join fetch h.mainContact c where h.id in :ids"
                    + " and c.email is not null", Household.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IDS_CHUNK)))
                    .getResultList().forEach(h -> found.add(new Addressee(h.id(), h.name(),
                            h.mainContact().fullName(), h.mainContact().email(), h.mainContact().language())));
        }
        return found;
    }

    /** Where a household's baskets are delivered at home: its delivery address (else its main contact's) and instructions. */
    public record Delivery(long householdId, String household, String address, String instructions) {
    }

    /** The home deliveries of the households among {@code ids}, by id, in one query per chunk. */
    public Map<Long, Delivery> deliveries(Collection<Long> ids) {
        Map<Long, Delivery> found = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IDS_CHUNK) {
            em.createQuery("select h from Household h left join fetch h.mainContact where h.id in :ids", Household.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IDS_CHUNK)))
                    .getResultList().forEach(h -> {
                        PostalAddress a = h.effectiveDeliveryAddress();
                        found.put(h.id(), new Delivery(h.id(), h.name(), a == null ? null : a.oneLine(),
                                h.deliveryInstructions()));
                    });
        }
        return found;
    }

    /** How many ids one JPQL statement binds: well under PostgreSQL's 32,767 parameters. */
    private static final int IDS_CHUNK = 10_000;

    /**
     * The households' names by id, for lists that show many households and nothing else of them. Up to
     * {@link #IDS_CHUNK} ids are bound as one array; beyond, the association's names are all read and those asked
     * kept: PostgreSQL estimates an array's selectivity element by element, so planning 100,000 ids (a large
     * distribution) took longer than reading every name of the association.
     */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        if (ids.size() > IDS_CHUNK) {
            Set<Long> asked = ids instanceof Set<Long> set ? set : new HashSet<>(ids);
            PlainRows.read(em, "select id, name from household", r -> {
                long id = r.getLong(1);
                if (asked.contains(id)) {
                    names.put(id, r.getString(2));
                }
            });
            return names;
        }
        StringJoiner array = new StringJoiner(",", "{", "}");
        ids.forEach(id -> array.add(id.toString()));
        PlainRows.read(em, "select id, name from household where id = any(cast(? as bigint[]))",
                r -> names.put(r.getLong(1), r.getString(2)), array.toString());
        return names;
    }

    private static HouseholdCard.Member member(Person p) {
        return p == null ? null : new HouseholdCard.Member(p.id(), p.fullName());
    }

    /** The household, with the main contact and members that its every view shows, read in this transaction. */
    public Household find(long id) {
        return find(id, "mainContact", "members");
    }

    /** The household as its page shows it: {@link #find}'s, and its status history, read in this transaction. */
    public Household withHistory(long id) {
        return find(id, "mainContact", "members", "statusHistory");
    }

    private Household find(long id, String... loaded) {
        Household h = em.find(Household.class, id,
                Map.of(PagedQuery.LOAD_GRAPH, PagedQuery.loadGraph(em, Household.class, loaded)));
        if (h == null) {
            throw ProblemException.notFound(Message.of("notFound.household", id));
        }
        return h;
    }

    public Page<Household> search(Filter filter, PageRequest page) {
        // the main contact is a member: found among the members the page has read, with no query of its own
        return filtered(filter).loading("members").fetch(page, SORTS);
    }

    /** A household a search found, with the member whose name the search words matched, if not its own name. */
    public record Found(Household household, String matchedMember) {
    }

    /**
     * The households of {@link #search}, each with the member the words found it through when its own name
     * does not hold them all: a member whose search text holds every word the household's name lacks. The
     * page's members come in one more query, whatever the number of households.
     */
    public Page<Found> searchShowingMembers(Filter filter, PageRequest page) {
        Page<Household> found = search(filter, page);
        List<String> words = PagedQuery.words(filter.q());
        List<Long> throughMembers = found.items().stream()
                .filter(h -> words.stream().anyMatch(w -> !Household.searchText(h.name()).contains(w)))
                .map(Household::id).toList();
        Map<Long, String> matched = new HashMap<>();
        if (!throughMembers.isEmpty()) {
            em.createQuery("select m.household.id, m.household.name, m.firstName, m.lastName, m.searchText"
                    + " from Person m where m.household.id in :ids order by m.lastName, m.firstName, m.id",
                    Object[].class).setParameter("ids", throughMembers).getResultList().forEach(r -> {
                        String household = Household.searchText((String) r[1]);
                        String member = r[4] == null ? "" : (String) r[4];
                        if (words.stream().allMatch(w -> household.contains(w) || member.contains(w))) {
                            matched.putIfAbsent((Long) r[0], r[2] + " " + r[3]);
                        }
                    });
        }
        return found.map(h -> new Found(h, matched.get(h.id())));
    }

    /** The list's conditions, on households "h" and their main contacts "c". */
    private PagedQuery<Household> filtered(Filter filter) {
        return PagedQuery.of(em, Household.class, "h", "Household h left join h.mainContact c")
                // "in" rather than a correlated "exists": the members' matches come once from the trigram index
                .whereEveryWord("(h.searchText like :word or h.id in (select m.household.id from Person m"
                        + " where m.searchText like :word))", filter.q())
                .where("lower(c.address.city) like :city", "city", PagedQuery.startsWith(filter.city()))
                .where("h.status = :status", "status", filter.status())
                .where(STATUS_BEFORE, "before", filter.statusBefore());
    }

    public long count() {
        return em.createQuery("select count(h) from Household h", Long.class).getSingleResult();
    }

    // What other components read and write of households without their entity: lists for exports and the
    // households of imports.

    /**
     * Every household of {@link #search} (its page and size aside) as rows, in the list's order, handed to
     * {@code each} as they are read: one query in one pass with no count, no entity loaded, and the members
     * of each chunk of households in one more query.
     */
    public void export(Filter filter, PageRequest sort, Consumer<HouseholdRow> each) {
        filtered(filter).chunks("h.id, h.name, h.status, c.firstName, c.lastName, c.email, c.phone, c.mobilePhone,"
                + " h.deliveryAddress, c.address, h.createdAt", sort, SORTS, Persons.EXPORT_CHUNK, rows -> {
                    Map<Long, List<String>> members = memberNames(rows.stream().map(r -> (Long) r[0]).toList());
                    for (Object[] r : rows) {
                        PostalAddress delivery = (PostalAddress) r[8];
                        each.accept(new HouseholdRow((Long) r[0], (String) r[1], (HouseholdStatus) r[2],
                                r[4] == null ? null : r[3] + " " + r[4], (String) r[5], (String) r[6],
                                (String) r[7], delivery == null || delivery.isEmpty() ? (PostalAddress) r[9] : delivery,
                                members.getOrDefault((Long) r[0], List.of()), (Instant) r[10]));
                    }
                });
    }

    /** The members' names ("first last", by last then first name, as a household shows them) by household. */
    private Map<Long, List<String>> memberNames(List<Long> households) {
        Map<Long, List<String>> names = new HashMap<>();
        em.createQuery("select m.household.id, m.firstName, m.lastName from Person m where m.household.id in :ids"
                + " order by m.lastName, m.firstName, m.id", Object[].class).setParameter("ids", households)
                .getResultList().forEach(r -> names.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(r[1] + " " + r[2]));
        return names;
    }

    /** Creates a household as {@link #create} does and answers its id. */
    public long register(Composition composition, Caller by) {
        return create(composition, by).id();
    }

    private List<Person> members(Composition composition) {
        List<Person> result = new ArrayList<>();
        if (composition.memberIds() != null) {
            for (Long id : composition.memberIds()) {
                result.add(person("memberIds", id));
            }
        }
        return result;
    }

    private Person person(String field, Long id) {
        if (id == null) {
            throw ProblemException.invalid(field, Message.of("required"));
        }
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw ProblemException.invalid(field, Message.of("person.unknown", id));
        }
        return p;
    }

}
