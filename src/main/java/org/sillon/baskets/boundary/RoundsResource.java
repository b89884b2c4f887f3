package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.baskets.entity.DropOffPoint;
import org.sillon.people.boundary.PersonsResource.Address;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.control.Versions;

/**
 * Home delivery rounds (tournées): a delivery day, a capacity per delivery, a time window, a driver to call, an
 * optional delivery fee, and the stops in the order they are delivered. A subscription comes onto a round by
 * naming the round's id as its {@code dropOffPointId}; its household then joins the end of the stops. A round's
 * moved deliveries are kept at /api/v1/drop-off-points/{id}/moves, as a point's.
 */
@Path("v1/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class RoundsResource {

    /** A round as clients send it: its departure address, time window, driver and fee offer (kind DELIVERY). */
    public record RoundInput(String name, Address address, String timeWindow, DayOfWeek deliveryDay,
            Integer capacity, Long driverPersonId, Long feeOfferId) {

        DropOffPointDetails details() {
            return new DropOffPointDetails(PointKind.ROUND, name, address == null ? null : address.toEntity(),
                    timeWindow, deliveryDay, capacity, driverPersonId, null, feeOfferId);
        }
    }

    /** A round as the API shows it, with how many stops it has. */
    public record RoundView(long id, String name, Address address, String timeWindow, DayOfWeek deliveryDay,
            int capacity, Long driverPersonId, Long feeOfferId, int stops, long version) {

        static RoundView of(DropOffPoint r, int stops) {
            return new RoundView(r.id(), r.name(), Address.of(r.address()), r.openingHours(), r.deliveryDay(),
                    r.capacity(), r.contactPersonId(), r.feeOfferId(), stops, r.version());
        }
    }

    /** The stops in their new order: each household of the round once. */
    public record StopsInput(List<Long> householdIds) {
    }

    @Inject
    DropOffPoints points;

    @Inject
    Rounds rounds;

    @GET
    @Operation(summary = "Every round, by name")
    public List<RoundView> list() {
        Map<Long, Integer> stops = rounds.stopCounts();
        return points.list(PointKind.ROUND).stream().map(r -> RoundView.of(r, stops.getOrDefault(r.id(), 0))).toList();
    }

    @POST
    @Allowed(Audience.DELIVERY_EDITORS)
    @Operation(summary = "Create a round: name, delivery day, capacity per delivery, time window, driver, fee offer")
    public Response create(RoundInput input, @Context UriInfo uri) {
        DropOffPoint r = points.create(input == null ? null : input.details());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(r.id())).build())
                .tag(Versions.tag(r.version())).entity(RoundView.of(r, 0)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One round; the ETag is the version to send back in If-Match")
    public Response get(@PathParam("id") long id) {
        DropOffPoint r = rounds.find(id);
        return Response.ok(view(r)).tag(Versions.tag(r.version())).build();
    }

    @PUT
    @Path("{id}")
    @Allowed(Audience.DELIVERY_EDITORS)
    @Operation(summary = "Replace a round's description; If-Match required")
    public Response update(@PathParam("id") long id, RoundInput input, @Context HttpHeaders headers) {
        rounds.find(id);
        DropOffPoint r = points.update(id, Versions.expected(headers), input == null ? null : input.details());
        return Response.ok(view(r)).tag(Versions.tag(r.version())).build();
    }

    @GET
    @Path("{id}/stops")
    @Operation(summary = "The round's stops in delivery order: household, address and instructions")
    public List<Rounds.Stop> stops(@PathParam("id") long id) {
        return rounds.stops(id);
    }

    @PUT
    @Path("{id}/stops")
    @Allowed(Audience.DELIVERY_EDITORS)
    @Operation(summary = "Reorder the stops: every household of the round once, in delivery order")
    public List<Rounds.Stop> order(@PathParam("id") long id, StopsInput input) {
        return rounds.order(id, input == null ? null : input.householdIds());
    }

    private RoundView view(DropOffPoint r) {
        return RoundView.of(r, rounds.stopCounts().getOrDefault(r.id(), 0));
    }
}
