package org.sillon.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.sillon.platform.entity.AuditEvent;

/**
 * Writes the audit trail, in the caller's transaction so that a change and its line commit or roll back
 * together. Facades describe a record as a map of field to value before and after a change; only the
 * fields that differ are kept. The actor is the authenticated caller, or the one named by {@link #actingAs}
 * for work done outside a request (an import running in the background), else "system".
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String DELETED = "DELETED";

    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

    /** One field's value before and after; either may be null. */
    public record Change(String from, String to) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    public void created(String subjectType, long subjectId, Map<String, ?> state) {
        record(subjectType, subjectId, CREATED, diff(Map.of(), state));
    }

    /** Records the fields that changed; nothing when none did. */
    public void updated(String subjectType, long subjectId, Map<String, ?> before, Map<String, ?> after) {
        Map<String, Change> changes = diff(before, after);
        if (!changes.isEmpty()) {
            record(subjectType, subjectId, UPDATED, changes);
        }
    }

    public void deleted(String subjectType, long subjectId, Map<String, ?> state) {
        record(subjectType, subjectId, DELETED, diff(state, Map.of()));
    }

    /** Any other action (MERGED, ERASED, STATUS...), with the changes it made, possibly none. */
    public void record(String subjectType, long subjectId, String action, Map<String, Change> changes) {
        em.persist(new AuditEvent(clock.instant(), actor(), subjectType, subjectId, action, json(changes)));
    }

    /** The fields whose values differ between two states, in name order; values are compared as text. */
    public static Map<String, Change> diff(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String f : fields) {
            String from = text(before.get(f));
            String to = text(after.get(f));
            if (!Objects.equals(from, to)) {
                changes.put(f, new Change(from, to));
            }
        }
        return changes;
    }

    /** Runs {@code work} with {@code actor} named as the author of what it records. */
    public static <T> T actingAs(String actor, Supplier<T> work) {
        String previous = ACTOR.get();
        ACTOR.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTOR.remove();
            } else {
                ACTOR.set(previous);
            }
        }
    }

    /** The actor named by {@link #actingAs} on this thread, or null. */
    static String namedActor() {
        return ACTOR.get();
    }

    /** Who is acting now, as the trail names them: also the author recorded by facades' own history rows. */
    public String actor() {
        String named = namedActor();
        if (named != null) {
            return named;
        }
        try {
            Principal p = security.getCallerPrincipal();
            return p == null ? "system" : p.getName();
        } catch (RuntimeException outsideARequest) {
            return "system";
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isEmpty() ? null : s;
    }

    private static String json(Map<String, Change> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        JsonObjectBuilder o = Json.createObjectBuilder();
        changes.forEach((field, c) -> {
            JsonObjectBuilder v = Json.createObjectBuilder();
            if (c.from() == null) {
                v.addNull("from");
            } else {
                v.add("from", c.from());
            }
            if (c.to() == null) {
                v.addNull("to");
            } else {
                v.add("to", c.to());
            }
            o.add(field, v);
        });
        return o.build().toString();
    }
}
