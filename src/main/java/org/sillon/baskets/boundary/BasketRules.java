package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.sillon.baskets.entity.AbsenceHandling;
import org.sillon.baskets.entity.BasketSettings;
import org.sillon.baskets.entity.CutOff;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.ParisTime;

/** The association's basket rules (cut-off, absences) and the cut-off's verdict on a week, now. */
@ApplicationScoped
@Transactional
public class BasketRules {

    public static final String AUDIT_TYPE = "BasketSettings";

    /** The rules as a form or the API sends them. */
    public record Rules(CutOff cutOff, AbsenceHandling absenceHandling, Integer absencesIncluded,
            Integer absencesMax, Integer weeklyCapacity) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** The association's rules; its defaults (version 0) if it never set them. */
    public BasketSettings settings() {
        long association = Tenancy.current();
        BasketSettings s = em.find(BasketSettings.class, association);
        return s == null ? BasketSettings.defaults(association) : s;
    }

    /** Replaces the rules, if still at the version the editor read (0 for rules never set). */
    public BasketSettings set(long expectedVersion, Rules rules) {
        BasketSettings s = settings();
        Versions.check(expectedVersion, s.version());
        Map<String, Object> before = s.stored() ? state(s) : Map.of();
        boolean fresh = !s.stored();
        ProblemException.onField("body", () -> s.set(rules.cutOff(), rules.absenceHandling(),
                rules.absencesIncluded(), rules.absencesMax(), rules.weeklyCapacity()));
        if (fresh) {
            em.persist(s);
        }
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, Tenancy.current(), before, state(s));
        return s;
    }

    private static Map<String, Object> state(BasketSettings s) {
        CutOff c = s.cutOff();
        return Map.of("cutOff", c.day() + " " + c.time() + " -" + c.weeksBefore() + "w",
                "absenceHandling", s.absenceHandling(), "absencesIncluded", s.absencesIncluded(),
                "absencesMax", s.absencesMax(), "weeklyCapacity",
                s.weeklyCapacity().isPresent() ? s.weeklyCapacity().getAsInt() : "none");
    }

    public CutOff cutOff() {
        return settings().cutOff();
    }

    /** The first week a change made now can still reach. */
    public IsoWeek firstReachableWeek() {
        return cutOff().firstReachableWeek(clock.instant());
    }

    /** Refuses, as a conflict naming {@code field}, to change a week the cut-off no longer reaches. */
    public void requireReachable(String field, IsoWeek week) {
        CutOff cutOff = cutOff();
        if (!cutOff.reaches(week, clock.instant())) {
            Instant deadline = cutOff.deadlineOf(week);
            throw ProblemException.conflict("past-cut-off", field, Message.of("delivery.pastCutOff", week,
                    ParisTime.dayOf(deadline), ParisTime.dateTimeOf(deadline).toLocalTime()));
        }
    }
}
