package org.sillon.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
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
 * for work done outside a request (an import running in the background), else "system". When the caller
 * was authenticated by an API token, the line also names the token: a token acts as its account, but
 * whoever created it may not be that account's owner.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String DELETED = "DELETED";
    public static final String ERASED = "ERASED";

    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

    /**
     * Found once: each of {@code Json}'s static methods looks the provider up again through the class path (a
     * ServiceLoader scan), which was a fifth of the demo loading's time, two builders per audit line.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * Request attribute naming the API token the request was authenticated with, set by the authentication
     * mechanism; the trail reads it without knowing the accounts component.
     */
    public static final String TOKEN_ATTRIBUTE = "sillon.apiToken";

    /** One field's value before and after; either may be null. */
    public record Change(String from, String to) {
    }

    /** An API token as the lines made with it name it. */
    public record Token(long id, String name) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

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
        String named = namedActor();
        boolean inARequest = named == null && inARequest();
        Token token = inARequest ? token() : null;
        String actor = named != null ? named : inARequest ? caller() : "system";
        em.persist(new AuditEvent(clock.instant(), actor, subjectType, subjectId, action, json(changes),
                token == null ? null : token.id(), token == null ? null : token.name()));
    }

    /**
     * What a GDPR erasure leaves of a record's history: every line keeps who, what and when but loses its
     * values, and one ERASED line, without values, says when and by whom.
     */
    public void forget(String subjectType, long subjectId) {
        em.createQuery("select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id", AuditEvent.class)
                .setParameter("type", subjectType).setParameter("id", subjectId)
                .getResultList().forEach(AuditEvent::forgetValues);
        record(subjectType, subjectId, ERASED, Map.of());
    }

    /** The changes a line recorded, field by field in the order written; empty when it kept no values. */
    public static Map<String, Change> changesOf(AuditEvent event) {
        Map<String, Change> changes = new LinkedHashMap<>();
        if (event.changes() == null) {
            return changes;
        }
        try (jakarta.json.JsonReader reader = JSON.createReader(new java.io.StringReader(event.changes()))) {
            reader.readObject().forEach((field, value) -> {
                jakarta.json.JsonObject c = value.asJsonObject();
                changes.put(field, new Change(c.isNull("from") ? null : c.getString("from"),
                        c.isNull("to") ? null : c.getString("to")));
            });
        }
        return changes;
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

    /**
     * Whether this thread serves an HTTP request. Outside one (start-up, background jobs, timers) the security
     * context is not asked: there is no caller to find, and Soteria, looking for an EJB context that does not
     * exist yet at start-up, logged a warning with a 230-line stack trace ("EJBContainerUtilImpl is null") in
     * the middle of the first start.
     */
    private boolean inARequest() {
        try {
            request.getMethod();
            return true;
        } catch (RuntimeException outsideARequest) {
            return false;
        }
    }

    /** The authenticated caller of the current request, else "system". */
    private String caller() {
        try {
            Principal p = security.getCallerPrincipal();
            return p == null ? "system" : p.getName();
        } catch (RuntimeException noCaller) {
            return "system";
        }
    }

    /** The token the current request was authenticated with; none for a session. */
    private Token token() {
        try {
            return request.getAttribute(TOKEN_ATTRIBUTE) instanceof Token t ? t : null;
        } catch (RuntimeException outsideARequest) {
            return null;
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
        JsonObjectBuilder o = JSON.createObjectBuilder();
        changes.forEach((field, c) -> {
            JsonObjectBuilder v = JSON.createObjectBuilder();
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
