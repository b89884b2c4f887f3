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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.baskets.entity.Absence;
import org.sillon.baskets.entity.AbsenceHandling;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

/**
 * A household's weeks away. The team reads them and the office declares them; an adherent reads and declares
 * those of their own household only (another's answers 404, as if it did not exist).
 */
@Path("v1/households/{householdId}/absences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.EVERYONE)
@ApplicationScoped
public class AbsencesResource {

    /** A week away: {@code week} written {@code 2026-W52}; {@code givenTo} names who collects when the policy gives. */
    public record AbsenceInput(String week, String givenTo) {
    }

    /** A week away and what becomes of its basket. */
    public record AbsenceView(long id, long subscriptionId, String week, AbsenceHandling handling, String givenTo,
            String shiftedTo) {

        static AbsenceView of(Absence a) {
            return new AbsenceView(a.id(), a.subscriptionId(), a.week().toString(), a.handling(), a.givenTo(),
                    a.shiftedTo() == null ? null : a.shiftedTo().toString());
        }
    }

    @Inject
    Absences absences;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "The household's weeks away, in calendar order")
    public List<AbsenceView> list(@PathParam("householdId") long householdId) {
        requireAccess(householdId, Audience.STAFF);
        return absences.ofHousehold(householdId).stream().map(AbsenceView::of).toList();
    }

    @POST
    @Operation(summary = "Declare a week away, until that week's cut-off; its basket is handled by the association's policy")
    public Response declare(@PathParam("householdId") long householdId, AbsenceInput input, @Context UriInfo uri) {
        requireAccess(householdId, Audience.SUBSCRIPTION_EDITORS);
        if (input == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        Absence a = absences.declare(householdId, ClosuresResource.week("week", input.week()), input.givenTo(),
                caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(a.id())).build())
                .entity(AbsenceView.of(a)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Take an absence back, until its week's cut-off")
    public Response cancel(@PathParam("householdId") long householdId, @PathParam("id") long id) {
        requireAccess(householdId, Audience.SUBSCRIPTION_EDITORS);
        absences.cancel(householdId, id);
        return Response.noContent().build();
    }

    private void requireAccess(long householdId, Audience audience) {
        requireAccess(caller.get(), householdId, audience);
    }

    /**
     * Lets through the staff of {@code audience}, or an adherent for their own household; other staff are refused,
     * and anyone else finds nothing, as if the household did not exist.
     */
    static void requireAccess(Caller caller, long householdId, Audience audience) {
        if (caller.in(audience) || caller.household().filter(h -> h == householdId).isPresent()) {
            return;
        }
        if (caller.in(Audience.STAFF)) {
            throw ProblemException.forbidden(Message.of("roles.refused"));
        }
        throw ProblemException.notFound(Message.of("notFound.household", householdId));
    }
}
