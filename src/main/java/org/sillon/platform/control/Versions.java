package org.sillon.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.sillon.platform.entity.Message;

/**
 * Optimistic locking over HTTP: a record's ETag is its version; an update must send it back in If-Match.
 * A missing If-Match is 428, a stale one 412, so that no client overwrites a change it has not seen;
 * "If-Match: *" (RFC 9110: any current version) skips the check.
 */
public final class Versions {

    /** What {@link #expected} answers for "If-Match: *". */
    public static final long ANY = Long.MIN_VALUE;

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version the client last read, from its If-Match header. */
    public static long expected(HttpHeaders headers) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Response.Status.PRECONDITION_REQUIRED, "if-match-required",
                    Message.of("title.ifMatchRequired"), Message.of("ifMatch.required"), List.of());
        }
        String value = ifMatch.trim();
        if ("*".equals(value)) {
            // RFC 9110: "*" matches any current version, so the write needs no version check
            return ANY;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            // not one ETag of ours (a list of several is not accepted either): it matches nothing
            throw stale();
        }
    }

    /** Refuses the write unless the record is still at the version the client read. */
    public static void check(long expected, long actual) {
        if (expected != ANY && expected != actual) {
            throw stale();
        }
    }

    /**
     * Flushes the pending changes, so that losing a race with another writer fails here, in the facade, as a
     * 412 for REST and a "changed by someone else" message for pages, and not later at commit.
     */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale();
        }
    }

    public static ProblemException stale() {
        return new ProblemException(Response.Status.PRECONDITION_FAILED, "stale-version", Message.of("title.staleVersion"),
                Message.of("stale"), List.of());
    }
}
