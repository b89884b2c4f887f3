package org.sillon.dedupe.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sillon.people.entity.Household;
import org.sillon.people.entity.Person;
import org.sillon.dedupe.entity.PersonMerge;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.PersonalDataSource;
import org.sillon.people.boundary.Persons;
import org.sillon.people.boundary.PersonsMerged;

/**
 * Merging two records of one person: the merged person's household place, blanks and chosen fields go to
 * the survivor, every component moves its rows (on {@link PersonsMerged}), then the merged person is
 * deleted and the merge recorded. Also the merges' history, a section of the GDPR export.
 */
@ApplicationScoped
@Transactional
public class Merges implements PersonalDataSource {

    /** The audit action on the survivor; the merged person's own trail ends with {@link #MERGED_INTO}. */
    public static final String MERGED = "MERGED";
    public static final String MERGED_INTO = "MERGED_INTO";

    /** What an editor asks: merge {@code mergedId} into {@code survivorId}, both as they read them. */
    public record Request(Long survivorId, Long survivorVersion, Long mergedId, Long mergedVersion,
            List<String> takeFromMerged) {
    }

    /** One merge as the API and the export show it; {@code snapshot} is null once the survivor is erased. */
    public record Record(long id, long survivorId, long mergedId, Instant mergedAt, String mergedBy,
            JsonObject snapshot) {

        static Record of(PersonMerge m) {
            return new Record(m.id(), m.survivorId(), m.mergedId(), m.mergedAt(), m.mergedBy(),
                    m.snapshot() == null ? null : Json.createReader(new StringReader(m.snapshot())).readObject());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PersonsMerged> merged;

    /**
     * Merges, if both persons are still as the editor read them (412 otherwise). Households: in the same one,
     * the merged person leaves it (the survivor becomes main contact if the merged person was); in one while
     * the survivor is in none, the survivor takes their place; in two different ones, refused (409). The
     * merged person is deleted before the survivor takes their values, so that the survivor can take their
     * email (unique among persons) in the same transaction.
     */
    public Person merge(Request r) {
        Set<String> taken = checked(r);
        Person survivor = person("survivorId", r.survivorId());
        Person other = person("mergedId", r.mergedId());
        Versions.check(r.survivorVersion(), survivor.version());
        Versions.check(r.mergedVersion(), other.version());
        Map<String, Object> before = survivor.auditState();
        Map<String, Object> otherState = other.auditState();

        takeHouseholdPlace(survivor, other);
        merged.fire(new PersonsMerged(survivor.id(), other.id()));
        em.persist(new PersonMerge(survivor.id(), other.id(), clock.instant(), audit.actor(), json(otherState)));
        audit.record(Persons.AUDIT_TYPE, other.id(), MERGED_INTO,
                Map.of("survivorId", new AuditTrail.Change(null, Long.toString(survivor.id()))));
        em.remove(other);
        Versions.flush(em);

        survivor.absorb(other, taken, clock.instant());
        Versions.flush(em);
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        changes.put("mergedId", new AuditTrail.Change(null, Long.toString(other.id())));
        changes.putAll(AuditTrail.diff(before, survivor.auditState()));
        audit.record(Persons.AUDIT_TYPE, survivor.id(), MERGED, changes);
        return survivor;
    }

    /** The ids of every person merged into this one, directly or through earlier merges. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> mergedInto(long survivorId) {
        List<?> ids = em.createNativeQuery("with recursive merged(id) as ("
                + " select merged_id from person_merge where survivor_id = ?1"
                + " union select m.merged_id from person_merge m join merged on m.survivor_id = merged.id)"
                + " select id from merged order by id").setParameter(1, survivorId).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * The merges behind a person: those into them or into anyone merged into them, and, for a merged person's
     * id, the merge that ended their record. Oldest first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Record> history(long personId) {
        return merges(personId).stream().map(Record::of).toList();
    }

    @Override
    public String section() {
        return "merges";
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Object collect(long personId) {
        return history(personId);
    }

    /** An erased person's merges keep who merged what and when, but forget the merged records' values. */
    void on(@Observes PersonErased erased) {
        merges(erased.personId()).forEach(PersonMerge::forgetSnapshot);
    }

    private List<PersonMerge> merges(long personId) {
        List<Long> survivors = new ArrayList<>(mergedInto(personId));
        survivors.add(personId);
        return em.createQuery("select m from PersonMerge m where m.survivorId in :ids or m.mergedId = :id"
                + " order by m.mergedAt, m.id", PersonMerge.class)
                .setParameter("ids", survivors).setParameter("id", personId).getResultList();
    }

    /** Refuses a request that cannot be a merge, before anything is read or changed. */
    private static Set<String> checked(Request r) {
        if (r.survivorId() == null) {
            throw ProblemException.invalid("survivorId", "is required");
        }
        if (r.survivorVersion() == null) {
            throw ProblemException.invalid("survivorVersion", "is required");
        }
        if (r.mergedId() == null) {
            throw ProblemException.invalid("mergedId", "is required");
        }
        if (r.mergedVersion() == null) {
            throw ProblemException.invalid("mergedVersion", "is required");
        }
        if (r.survivorId().equals(r.mergedId())) {
            throw ProblemException.invalid("mergedId", "must be another person than the survivor");
        }
        Set<String> taken = new LinkedHashSet<>(r.takeFromMerged() == null ? List.of() : r.takeFromMerged());
        for (String field : taken) {
            if (!Person.MERGEABLE_FIELDS.contains(field)) {
                throw ProblemException.invalid("takeFromMerged", "unknown field " + field + "; expected one of "
                        + String.join(", ", new java.util.TreeSet<>(Person.MERGEABLE_FIELDS)));
            }
        }
        return taken;
    }

    private void takeHouseholdPlace(Person survivor, Person other) {
        Household mine = survivor.household();
        Household theirs = other.household();
        if (theirs == null) {
            return;
        }
        if (mine != null && !mine.equals(theirs)) {
            throw ProblemException.conflict("merge-households", "mergedId", survivor.fullName()
                    + " belongs to the household " + mine.name() + " and " + other.fullName() + " to the household "
                    + theirs.name() + "; move one of them out of their household first, then merge");
        }
        Map<String, Object> before = theirs.auditState();
        if (mine == null) {
            theirs.addMember(survivor);
        }
        if (other.equals(theirs.mainContact())) {
            theirs.designateMainContact(survivor);
        }
        theirs.removeMember(other);
        em.lock(theirs, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.updated(Households.AUDIT_TYPE, theirs.id(), before, theirs.auditState());
    }

    private Person person(String field, long id) {
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw ProblemException.invalid(field, "no person has the id " + id);
        }
        return p;
    }

    private static String json(Map<String, Object> state) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        state.forEach((k, v) -> {
            if (v == null) {
                o.addNull(k);
            } else {
                o.add(k, v.toString());
            }
        });
        return o.build().toString();
    }
}
