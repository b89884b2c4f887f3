package org.sillon.dedupe.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sillon.dedupe.control.DuplicateFinder;
import org.sillon.dedupe.control.DuplicateReason;
import org.sillon.dedupe.control.DuplicateScore;
import org.sillon.dedupe.entity.DuplicateDismissal;
import org.sillon.people.boundary.PersonCard;
import org.sillon.people.boundary.PersonDeleting;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.Persons;
import org.sillon.people.boundary.PersonsMerged;
import org.sillon.people.boundary.ReferenceHandler;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

/**
 * Likely duplicate persons, found from the rows of the whole registry ({@link Persons#rows}, one query), and
 * the pairs editors dismissed as "not duplicates".
 */
@ApplicationScoped
@Transactional
// a dismissal holds two ids and who dismissed them: an erasure leaves nothing in it to forget
@ReferenceHandler(tables = "duplicate_dismissal", nothingToDoOn = PersonErased.class)
public class Duplicates {

    /** How dismissals are named in the audit trail. */
    public static final String DISMISSAL_AUDIT_TYPE = "DuplicateDismissal";

    /** One side of a pair, as lists and the comparison show it. */
    public record Side(long id, String firstName, String lastName, String email, String phone, String mobilePhone,
            String line1, String postalCode, String city, Long householdId, String householdName, long version)
            implements java.io.Serializable {
    }

    /** Two persons that look like one: lower id first, the score (0-100) and why. */
    public record Pair(Side first, Side second, int score, List<DuplicateReason> reasons)
            implements java.io.Serializable {
    }

    /**
     * What tells whether the registry changed: whose it is (each association has its own), the persons' and
     * households' stamp, and the dismissals.
     */
    private record Registry(Long association, Persons.Stamp people, long dismissals) {
    }

    /** The last pairs found, and the state of the registry they were found in. */
    private record Found(Registry registry, int minScore, List<DuplicateScore.Match> matches, Map<Long, Side> byId) {
    }

    /**
     * Scoring 20,000 persons costs about half a second, and the page asks again at each click: the pairs are
     * kept for as long as the registry is as it was, which a few sums over the tables tell (a change of any
     * person, household or dismissal moves one of them). Each server keeps its own; all read the database.
     */
    private volatile Found last;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Persons persons;

    @Inject
    @ConfigProperty(name = "sillon.duplicates.min-score", defaultValue = "50")
    int defaultMinScore;

    @Inject
    @ConfigProperty(name = "sillon.duplicates.max-block", defaultValue = "200")
    int maxBlock;

    /** The pairs scoring at least {@code minScore} (the configured default when null), best first. */
    public Page<Pair> find(Integer minScore, PageRequest page) {
        int min = minScore == null ? defaultMinScore : minScore;
        if (min < 0 || min > 100) {
            throw ProblemException.invalid("minScore", Message.of("between", 0, 100));
        }
        Registry registry = new Registry(Tenancy.current(), persons.stamp(),
                em.createQuery("select count(d) from DuplicateDismissal d", Long.class).getSingleResult());
        Found found = last;
        if (found == null || found.minScore() != min || !found.registry().equals(registry)) {
            found = score(min, registry);
            last = found;
        }
        Map<Long, Side> byId = found.byId();
        List<DuplicateScore.Match> matches = found.matches();
        List<Pair> items = matches.stream().skip(page.offset()).limit(page.size())
                .map(m -> new Pair(byId.get(m.lowId()), byId.get(m.highId()), m.score(), m.reasons())).toList();
        return new Page<>(items, page.page(), page.size(), matches.size());
    }

    private Found score(int min, Registry registry) {
        List<Side> sides = persons.rows().stream()
                .map(r -> new Side(r.id(), r.firstName(), r.lastName(), r.email(), r.phone(), r.mobilePhone(),
                        r.line1(), r.postalCode(), r.city(), r.householdId(), r.householdName(), r.version()))
                .toList();
        Set<String> dismissed = new HashSet<>();
        em.createQuery("select d.personLowId, d.personHighId from DuplicateDismissal d", Object[].class)
                .getResultList().forEach(r -> dismissed.add(r[0] + ":" + r[1]));
        List<DuplicateScore.Match> matches = DuplicateFinder.find(
                sides.stream().map(s -> DuplicateScore.Sketch.of(s.id(), s.firstName(), s.lastName(), s.email(),
                        s.phone(), s.mobilePhone(), s.line1(), s.postalCode(), s.householdId())).toList(),
                min, maxBlock, (low, high) -> dismissed.contains(low + ":" + high));
        return new Found(registry, min, matches,
                sides.stream().collect(Collectors.toMap(Side::id, Function.identity())));
    }

    /** Records that two persons are not duplicates, in the caller's name; saying it again changes nothing. */
    public DuplicateDismissal dismiss(List<Long> personIds, Caller by) {
        if (personIds == null || personIds.size() != 2 || personIds.contains(null)
                || new LinkedHashSet<>(personIds).size() != 2) {
            throw ProblemException.invalid("personIds", Message.of("duplicates.pair"));
        }
        Set<Long> known = persons.cards(personIds).stream().map(PersonCard::id).collect(Collectors.toSet());
        for (Long id : personIds) {
            if (!known.contains(id)) {
                throw ProblemException.invalid("personIds", Message.of("person.unknown", id));
            }
        }
        DuplicateDismissal dismissal = new DuplicateDismissal(personIds.get(0), personIds.get(1), by.username(),
                clock.instant());
        List<DuplicateDismissal> existing = em.createQuery("select d from DuplicateDismissal d"
                + " where d.personLowId = :low and d.personHighId = :high", DuplicateDismissal.class)
                .setParameter("low", dismissal.personLowId()).setParameter("high", dismissal.personHighId())
                .getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        em.persist(dismissal);
        em.flush();
        audit.created(DISMISSAL_AUDIT_TYPE, dismissal.id(), dismissal.auditState());
        return dismissal;
    }

    /**
     * Two persons said to be two people stay so once one of them is merged into a third: the pair moves to
     * the survivor, unless the survivor is the other one of the pair or already has that pair.
     */
    void on(@Observes PersonsMerged merged) {
        Set<Long> paired = new HashSet<>();
        involving(merged.survivorId()).forEach(d -> paired.add(d.other(merged.survivorId())));
        for (DuplicateDismissal d : involving(merged.mergedId())) {
            long other = d.other(merged.mergedId());
            remove(d);
            if (other != merged.survivorId() && paired.add(other)) {
                DuplicateDismissal moved = new DuplicateDismissal(other, merged.survivorId(), d.dismissedBy(),
                        d.dismissedAt());
                em.persist(moved);
                em.flush();
                audit.created(DISMISSAL_AUDIT_TYPE, moved.id(), moved.auditState());
            }
        }
    }

    /** A deleted person's dismissals go with them. */
    void on(@Observes PersonDeleting deleting) {
        involving(deleting.personId()).forEach(this::remove);
    }

    private List<DuplicateDismissal> involving(long personId) {
        return em.createQuery("select d from DuplicateDismissal d where d.personLowId = :p or d.personHighId = :p",
                DuplicateDismissal.class).setParameter("p", personId).getResultList();
    }

    private void remove(DuplicateDismissal d) {
        audit.deleted(DISMISSAL_AUDIT_TYPE, d.id(), d.auditState());
        em.remove(d);
    }
}
