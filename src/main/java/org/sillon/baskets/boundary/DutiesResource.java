package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.baskets.entity.Duty;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;

/**
 * The duty rota: the team reads it with its gaps; an adherent takes or gives up a turn of their own, the team who
 * deliver (administrators, the animator, the garden team) for anyone.
 */
@Path("v1/duties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class DutiesResource {

    /** A turn asked for: the point, the week (2026-W50), and the person (left out by an adherent: themselves). */
    public record DutyInput(Long dropOffPointId, String week, Long personId) {
    }

    /** A turn taken. */
    public record DutyView(long id, long dropOffPointId, String week, long personId) {

        static DutyView of(Duty d) {
            return new DutyView(d.id(), d.dropOffPointId(), d.week().toString(), d.personId());
        }
    }

    /** How many volunteers were reminded. */
    public record Reminders(int volunteers) {
    }

    @Inject
    Duties duties;

    @Inject
    Provider<Caller> caller;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Each drop-off point's distributions and their volunteers, from a week (this one unless"
            + " said) for some weeks (4 unless said, at most 13); a distribution without one is a gap")
    public List<Duties.Slot> rota(@QueryParam("from") String from, @QueryParam("weeks") Integer weeks) {
        IsoWeek first = from == null || from.isBlank() ? IsoWeek.of(LocalDate.now(clock))
                : ClosuresResource.week("from", from);
        return duties.rota(first, weeks == null ? 4 : weeks);
    }

    @POST
    @Allowed(Audience.EVERYONE)
    @Operation(summary = "Take a turn at a point's distribution: an adherent for themselves, the delivery team for"
            + " anyone")
    public Response take(DutyInput input, @Context UriInfo uri) {
        if (input == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        Duty d = duties.take(input.dropOffPointId(), ClosuresResource.week("week", input.week()), input.personId(),
                caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(d.id())).build())
                .entity(DutyView.of(d)).build();
    }

    @DELETE
    @Path("{id}")
    @Allowed(Audience.EVERYONE)
    @Operation(summary = "Give a turn up, until its day: an adherent their own")
    public Response release(@PathParam("id") long id) {
        duties.release(id, caller.get());
        return Response.noContent().build();
    }

    @POST
    @Path("reminders")
    @Allowed(Audience.DELIVERY_EDITORS)
    @Operation(summary = "Remind by email the volunteers whose turn comes within seven days; once each")
    public Reminders remind() {
        return new Reminders(duties.remind());
    }
}
