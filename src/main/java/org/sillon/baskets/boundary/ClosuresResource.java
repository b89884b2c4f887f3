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
import org.sillon.baskets.entity.DeliveryClosure;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.IsoWeek;

/** The weeks the garden delivers nowhere (holidays). The team reads them; those who keep the deliveries set them. */
@Path("v1/closures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class ClosuresResource {

    /** A closure week as clients send it: {@code week} written {@code 2026-W52}. */
    public record ClosureInput(String week, String reason) {
    }

    /** A closure week as the API shows it, with the Monday it starts. */
    public record ClosureView(long id, String week, java.time.LocalDate monday, String reason,
            java.time.Instant announcedAt) {

        static ClosureView of(DeliveryClosure c) {
            return new ClosureView(c.id(), c.week().toString(), c.week().monday(), c.reason(), c.announcedAt());
        }
    }

    @Inject
    DeliveryCalendars calendars;

    @Inject
    Provider<Caller> caller;

    /** The week written in {@code text}, refused on {@code field} when it is none. */
    static IsoWeek week(String field, String text) {
        try {
            return IsoWeek.parse(text);
        } catch (InvalidValue e) {
            throw ProblemException.invalid(field, e.message());
        }
    }

    @GET
    @Operation(summary = "The closure weeks, in calendar order")
    public List<ClosureView> list() {
        return calendars.closures().stream().map(ClosureView::of).toList();
    }

    @POST
    @Allowed(Audience.DELIVERY_EDITORS)
    @Operation(summary = "Close a week everywhere (2026-W52); refused for a week closed already or with moved deliveries")
    public Response close(ClosureInput input, @Context UriInfo uri) {
        DeliveryClosure c = calendars.close(week("week", input.week()), input.reason(), caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(c.id())).build())
                .entity(ClosureView.of(c)).build();
    }

    /** How many households an announcement was written to. */
    public record Announcement(int households) {
    }

    @POST
    @Path("{id}/announcement")
    @Allowed(Audience.DELIVERY_EDITORS)
    @Operation(summary = "Tell the households whose basket the closed week takes away, by email; once per closure")
    public Announcement announce(@PathParam("id") long id) {
        return new Announcement(calendars.announce(id, caller.get()));
    }

    @DELETE
    @Path("{id}")
    @Allowed(Audience.DELIVERY_EDITORS)
    @Operation(summary = "Open a closed week again")
    public Response reopen(@PathParam("id") long id) {
        calendars.reopen(id);
        return Response.noContent().build();
    }
}
