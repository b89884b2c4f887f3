package org.sillon.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.entity.AuditEvent;

/** The audit trail, for administrators: who changed what and when, on every record. */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Audience.ADMINS)
@ApplicationScoped
public class AuditResource {

    /**
     * One line; {@code changes} maps each field to its values before and after, empty once erased;
     * {@code token} is the API token the change was made with, null for a session or the system.
     */
    public record EventView(long id, Instant occurredAt, String actor, AuditTrail.Token token, String subjectType,
            long subjectId, String action, Map<String, AuditTrail.Change> changes) {

        public static EventView of(AuditEvent e) {
            return new EventView(e.id(), e.occurredAt(), e.actor(),
                    e.tokenId() == null ? null : new AuditTrail.Token(e.tokenId(), e.tokenName()),
                    e.subjectType(), e.subjectId(), e.action(), AuditTrail.changesOf(e));
        }
    }

    @Inject
    AuditEvents events;

    @GET
    @Operation(summary = "Audit lines, newest first; from and to are days (Europe/Paris), both included")
    public Page<EventView> list(@QueryParam("subjectType") String subjectType, @QueryParam("subjectId") Long subjectId,
            @QueryParam("actor") String actor, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size, null, AuditEvents.SORTS.keySet(), "occurredAt,desc");
        return events.search(new AuditEvents.Filter(subjectType, subjectId, actor, from, to), request)
                .map(EventView::of);
    }
}
