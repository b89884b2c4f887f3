package org.sillon.dedupe.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /** What tells whether an association's registry changed: its persons' and households' stamp, and its dismissals. */
    private record Registry(Persons.Stamp people, long dismissals) {
    }

    /**
     * An association's pairs as last found, with the persons' sides and what the registry was then. The finder
     * keeps every block's pairs, so that a change rescores only the blocks of the persons that changed.
     */
    private static final class Kept {
        private DuplicateFinder finder;
        private Registry registry;
        private Map<Long, Side> byId = Map.of();
        private List<DuplicateScore.Match> listed = List.of();
    }

    /**
     * The pairs of each association, kept between calls (the page asks at each click). A few sums over the
     * tables tell whether anything changed; when something did, the persons whose row differs are rescored,
     * within their blocks only. Each server keeps its own; all read the database.
     */
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

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
        Registry registry = new Registry(persons.stamp(),
                em.createQuery("select count(d) from DuplicateDismissal d", Long.class).getSingleResult());
        Long association = Tenancy.current();
        Kept k = kept.computeIfAbsent(association == null ? 0L : association, a -> new Kept());
        List<DuplicateScore.Match> matches;
        Map<Long, Side> byId;
        synchronized (k) {
            if (k.finder == null || k.finder.minScore() != min) {
                k.finder = new DuplicateFinder(min, maxBlock);
                k.byId = Map.of();
                k.registry = null;
            }
            if (!registry.equals(k.registry)) {
                try {
                    refresh(k);
                } catch (RuntimeException e) {
                    // the finder was changed in place: half refreshed, it is dropped and rebuilt at the next call
                    k.finder = null;
                    k.registry = null;
                    throw e;
                }
                k.registry = registry;
            }
            matches = k.listed;
            byId = k.byId;
        }
        List<Pair> items = matches.stream().skip(page.offset()).limit(page.size())
                .map(m -> new Pair(byId.get(m.lowId()), byId.get(m.highId()), m.score(), m.reasons())).toList();
        return new Page<>(items, page.page(), page.size(), matches.size());
    }

    /** Rescores the persons whose row changed since the last call, forgets the deleted ones, lists the pairs. */
    private void refresh(Kept k) {
        Map<Long, Side> sides = new HashMap<>();
        List<DuplicateScore.Sketch> changed = new ArrayList<>();
        for (Persons.Row r : persons.rows()) {
            Side s = new Side(r.id(), r.firstName(), r.lastName(), r.email(), r.phone(), r.mobilePhone(), r.line1(),
                    r.postalCode(), r.city(), r.householdId(), r.householdName(), r.version());
            sides.put(s.id(), s);
            if (!s.equals(k.byId.get(s.id()))) {
                changed.add(DuplicateScore.Sketch.of(s.id(), s.firstName(), s.lastName(), s.email(), s.phone(),
                        s.mobilePhone(), s.line1(), s.postalCode(), s.householdId()));
            }
        }
        List<Long> removed = k.byId.keySet().stream().filter(id -> !sides.containsKey(id)).toList();
        k.finder.update(changed, removed);
        Set<List<Long>> dismissed = new HashSet<>();
        em.createQuery("select d.personLowId, d.personHighId from DuplicateDismissal d", Object[].class)
                .getResultList().forEach(r -> dismissed.add(List.of((Long) r[0], (Long) r[1])));
        k.listed = k.finder.matches((low, high) -> dismissed.contains(List.of(low, high)));
        k.byId = sides;
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
