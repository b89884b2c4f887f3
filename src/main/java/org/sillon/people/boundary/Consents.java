package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sillon.people.entity.ConsentRecord;
import org.sillon.people.entity.ConsentState;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;

/**
 * Persons' consent per purpose, kept as an append-only history: granting or withdrawing adds a line, and
 * the latest line per purpose is the current state. No line means no consent.
 */
@ApplicationScoped
@Transactional
@ReferenceHandler(tables = "consent_record")
public class Consents implements PersonalDataSource {

    /** How consent lines are named in the audit trail. */
    public static final String AUDIT_TYPE = "ConsentRecord";

    /** One line of the history. */
    public record Line(long id, ConsentPurpose purpose, boolean granted, Instant recordedAt, ConsentSource source,
            String recordedBy) {

        static Line of(ConsentRecord r) {
            return new Line(r.id(), r.purpose(), r.granted(), r.recordedAt(), r.source(), r.recordedBy());
        }
    }

    /** The state of one purpose: granted or not, and the line that decided it (null when none did). */
    public record Current(ConsentPurpose purpose, boolean granted, Line decidedBy) {
    }

    /** A line to record: consent given or withdrawn by a person for a purpose, and how it reached us. */
    public record Decision(long personId, ConsentPurpose purpose, boolean granted, ConsentSource source) {
    }

    /** A person's consent: the state of every purpose, and the whole history, newest first. */
    public record Overview(long personId, List<Current> current, List<Line> history) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Persons persons;

    public Overview of(long personId) {
        persons.requireKnown(personId);
        return overview(personId);
    }

    /**
     * Adds a line to the person's history: consent given or withdrawn for a purpose, how we learnt it, and who
     * recorded it.
     */
    public Overview record(long personId, ConsentPurpose purpose, boolean granted, ConsentSource source, Caller by) {
        persons.requireKnown(personId);
        ProblemException.onField("body", () -> add(new Decision(personId, purpose, granted, source), by));
        em.flush();
        return overview(personId);
    }

    /**
     * Adds lines for several persons at once, all or none (a sign-up sheet typed in, the demo's network): the
     * persons are checked in one query, and the lines and their audit are written in batches at one flush instead
     * of a flush and an overview read back each. A line naming no person is refused on
     * {@code lines[i].personId}. Answers how many lines were added.
     */
    public int recordAll(List<Decision> decisions, Caller by) {
        Set<Long> unknown = persons.unknownAmong(decisions.stream().map(Decision::personId).toList());
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            if (unknown.contains(d.personId())) {
                throw ProblemException.invalid("lines[" + i + "].personId",
                        Message.of("followup.noRecord", d.personId()));
            }
            try {
                add(d, by);
            } catch (InvalidValue e) {
                throw ProblemException.invalid("lines[" + i + "]." + e.field(), e.message());
            }
        }
        em.flush();
        return decisions.size();
    }

    private void add(Decision d, Caller by) {
        ConsentRecord line = new ConsentRecord(d.personId(), d.purpose(), d.granted(), d.source(), by.username(),
                clock.instant());
        em.persist(line);
        audit.created(AUDIT_TYPE, line.id(), line.auditState());
    }

    @Override
    public String section() {
        return "consents";
    }

    @Override
    public Object collect(long personId) {
        return overview(personId);
    }

    void merged(@Observes PersonsMerged e) {
        // the survivor's state per purpose is then simply the latest line of both histories
        for (ConsentRecord r : history(e.mergedId())) {
            Map<String, Object> before = r.auditState();
            r.moveTo(e.survivorId());
            audit.updated(AUDIT_TYPE, r.id(), before, r.auditState());
        }
    }

    void erased(@Observes PersonErased e) {
        removeHistory(e.personId());
    }

    void deleting(@Observes PersonDeleting e) {
        removeHistory(e.personId());
    }

    private void removeHistory(long personId) {
        for (ConsentRecord r : history(personId)) {
            audit.deleted(AUDIT_TYPE, r.id(), r.auditState());
            em.remove(r);
        }
    }

    private Overview overview(long personId) {
        List<ConsentRecord> history = history(personId);
        ConsentState state = new ConsentState(history);
        List<Current> current = Arrays.stream(ConsentPurpose.values())
                .map(p -> new Current(p, state.granted(p), state.latest(p).map(Line::of).orElse(null))).toList();
        List<Line> newestFirst = new ArrayList<>(history.stream().map(Line::of).toList());
        Collections.reverse(newestFirst);
        return new Overview(personId, current, newestFirst);
    }

    /** In the order it was recorded. */
    private List<ConsentRecord> history(long personId) {
        return em.createQuery("select r from ConsentRecord r where r.personId = :person order by r.recordedAt, r.id",
                ConsentRecord.class).setParameter("person", personId).getResultList();
    }
}
