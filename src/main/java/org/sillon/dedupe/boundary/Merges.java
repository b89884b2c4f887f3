package org.sillon.dedupe.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sillon.dedupe.entity.PersonMerge;
import org.sillon.people.boundary.PersonDeleting;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.PersonalDataSource;
import org.sillon.people.boundary.Persons;
import org.sillon.people.boundary.PersonsMerged;
import org.sillon.people.boundary.PersonsResource.PersonView;
import org.sillon.people.boundary.ReferenceHandler;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

/**
 * Merging two records of one person: the request is checked here, the registry merges ({@link Persons#merge},
 * which tells every component), and the merge is recorded with the merged person's fields. Also the merges'
 * history, a section of the GDPR export.
 */
@ApplicationScoped
@Transactional
// a merge writes its own row; earlier merges into the merged person stay and are followed through the chain
@ReferenceHandler(tables = "person_merge", nothingToDoOn = PersonsMerged.class)
public class Merges implements PersonalDataSource {

    /** How merge records are named in the audit trail. */
    public static final String AUDIT_TYPE = "PersonMerge";

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
    Persons persons;

    /**
     * Merges as asked, if both persons are still as the editor read them (412 otherwise), and records the merge
     * in the caller's name; answers the survivor.
     */
    public PersonView merge(Request r, Caller by) {
        Set<String> taken = checked(r);
        Persons.Merged merged = persons.merge(r.survivorId(), r.survivorVersion(), r.mergedId(), r.mergedVersion(),
                taken);
        em.persist(new PersonMerge(r.survivorId(), r.mergedId(), clock.instant(), by.username(),
                json(merged.mergedFields())));
        return merged.survivor();
    }

    /** The ids of every person merged into this one, directly or through earlier merges. */
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
    public List<Record> history(long personId) {
        return merges(personId).stream().map(Record::of).toList();
    }

    @Override
    public String section() {
        return "merges";
    }

    @Override
    public Object collect(long personId) {
        return history(personId);
    }

    /** An erased person's merges keep who merged what and when, but forget the merged records' values. */
    void on(@Observes PersonErased erased) {
        merges(erased.personId()).forEach(PersonMerge::forgetSnapshot);
    }

    /** A deleted person's merges go with them: they are the history of a record that no longer exists. */
    void on(@Observes PersonDeleting deleting) {
        for (PersonMerge m : merges(deleting.personId())) {
            audit.deleted(AUDIT_TYPE, m.id(), m.auditState());
            em.remove(m);
        }
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
            throw ProblemException.invalid("survivorId", Message.of("required"));
        }
        if (r.survivorVersion() == null) {
            throw ProblemException.invalid("survivorVersion", Message.of("required"));
        }
        if (r.mergedId() == null) {
            throw ProblemException.invalid("mergedId", Message.of("required"));
        }
        if (r.mergedVersion() == null) {
            throw ProblemException.invalid("mergedVersion", Message.of("required"));
        }
        if (r.survivorId().equals(r.mergedId())) {
            throw ProblemException.invalid("mergedId", Message.of("merge.samePerson"));
        }
        Set<String> taken = new LinkedHashSet<>(r.takeFromMerged() == null ? List.of() : r.takeFromMerged());
        for (String field : taken) {
            if (!Persons.MERGEABLE_FIELDS.contains(field)) {
                throw ProblemException.invalid("takeFromMerged", Message.of("merge.unknownField", field,
                        String.join(", ", new java.util.TreeSet<>(Persons.MERGEABLE_FIELDS))));
            }
        }
        return taken;
    }

    private static String json(Map<String, String> fields) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        fields.forEach((k, v) -> {
            if (v == null) {
                o.addNull(k);
            } else {
                o.add(k, v);
            }
        });
        return o.build().toString();
    }
}
