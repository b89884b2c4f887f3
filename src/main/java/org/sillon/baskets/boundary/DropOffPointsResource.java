package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.baskets.entity.DeliveryMove;
import org.sillon.baskets.entity.DropOffPoint;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.Versions;
import org.sillon.people.boundary.PersonsResource.Address;

/** Drop-off points. The team reads them; the registry's editors and the garden team, who deliver, keep them. */
@Path("v1/drop-off-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class DropOffPointsResource {

    /** A drop-off point as clients send it, for creation and full replacement. */
    public record DropOffPointInput(String name, Address address, String openingHours, DayOfWeek deliveryDay,
            Integer capacity, Long contactPersonId, Long partnerOrganisationId) {

        DropOffPointDetails details() {
            return new DropOffPointDetails(PointKind.POINT, name, address == null ? null : address.toEntity(),
                    openingHours, deliveryDay, capacity, contactPersonId, partnerOrganisationId, null);
        }
    }

    /** A drop-off point as the API shows it (a round's id answers too, of kind ROUND: see /api/v1/rounds). */
    public record DropOffPointView(long id, PointKind kind, String name, Address address, String openingHours,
            DayOfWeek deliveryDay, int capacity, Long contactPersonId, Long partnerOrganisationId, long version) {

        static DropOffPointView of(DropOffPoint p) {
            return new DropOffPointView(p.id(), p.kind(), p.name(), Address.of(p.address()), p.openingHours(),
                    p.deliveryDay(), p.capacity(), p.contactPersonId(), p.partnerOrganisationId(), p.version());
        }
    }

    /** A moved delivery as clients send it: the week ({@code 2026-W52}) and the day of it the point gets it. */
    public record MoveInput(String week, LocalDate movedTo, String reason) {
    }

    /** A moved delivery as the API shows it. */
    public record MoveView(long id, String week, LocalDate movedTo, String reason) {

        static MoveView of(DeliveryMove m) {
            return new MoveView(m.id(), m.week().toString(), m.movedTo(), m.reason());
        }
    }

    /** A week of a point's calendar: its delivery day, or none ({@code closed}) with the closure's reason. */
    public record DeliveryView(String week, LocalDate day, boolean moved, boolean closed, String reason) {

        static DeliveryView of(DeliveryCalendars.Delivery d) {
            return new DeliveryView(d.week().toString(), d.day(), d.moved(), d.closed(), d.reason());
        }
    }

    @Inject
    DropOffPoints points;

    @Inject
    DeliveryCalendars calendars;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "Every drop-off point, by name (the rounds are at /api/v1/rounds)")
    public List<DropOffPointView> list() {
        return points.list(PointKind.POINT).stream().map(DropOffPointView::of).toList();
    }

    @POST
    @Allowed(Audience.DELIVERY_EDITORS)
    @Operation(summary = "Create a drop-off point: name, address, opening hours, delivery day, capacity per delivery,"
            + " optional contact person and partner organisation")
    public Response create(DropOffPointInput input, @Context UriInfo uri) {
        DropOffPoint p = points.create(input.details());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(p.id())).build())
                .tag(Versions.tag(p.version())).entity(DropOffPointView.of(p)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One drop-off point; the ETag is the version to send back in If-Match")
    public Response get(@PathParam("id") long id) {
        DropOffPoint p = points.find(id);
        return Response.ok(DropOffPointView.of(p)).tag(Versions.tag(p.version())).build();
    }

    @PUT
    @Path("{id}")
    @Allowed(Audience.DELIVERY_EDITORS)
    @Operation(summary = "Replace a drop-off point's description; If-Match required")
    public Response update(@PathParam("id") long id, DropOffPointInput input, @Context HttpHeaders headers) {
        DropOffPoint p = points.update(id, Versions.expected(headers), input.details());
        return Response.ok(DropOffPointView.of(p)).tag(Versions.tag(p.version())).build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The point's delivery day of each week from one ISO week to another (2026-W50 to 2027-W02),"
            + " closures and moves applied; at most 60 weeks")
    public List<DeliveryView> deliveries(@PathParam("id") long id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return calendars.deliveries(id, ClosuresResource.week("from", from), ClosuresResource.week("to", to)).stream()
                .map(DeliveryView::of).toList();
    }

    @GET
    @Path("{id}/moves")
    @Operation(summary = "The point's (or round's) moved deliveries, in calendar order")
    public List<MoveView> moves(@PathParam("id") long id) {
        return calendars.moves(id).stream().map(MoveView::of).toList();
    }

    @POST
    @Path("{id}/moves")
    @Allowed(Audience.DELIVERY_EDITORS)
    @Operation(summary = "Move the point's (or round's) delivery of a week to another day of that week")
    public Response move(@PathParam("id") long id, MoveInput input, @Context UriInfo uri) {
        DeliveryMove m = calendars.move(id, ClosuresResource.week("week", input.week()), input.movedTo(), input.reason(),
                caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(m.id())).build())
                .entity(MoveView.of(m)).build();
    }

    @DELETE
    @Path("{id}/moves/{moveId}")
    @Allowed(Audience.DELIVERY_EDITORS)
    @Operation(summary = "Give the point's delivery of that week its usual day again")
    public Response cancelMove(@PathParam("id") long id, @PathParam("moveId") long moveId) {
        calendars.cancelMove(id, moveId);
        return Response.noContent().build();
    }
}
