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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.baskets.entity.SubscriptionPeriod;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Message;

/**
 * The periods subscriptions are sold for (a season, a semester). The team reads them; administrators and the
 * treasurer, who set the offers, set them. A subscription names one as its {@code periodId}.
 */
@Path("v1/periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class PeriodsResource {

    /** A period as sent and shown: weeks written 2026-W40. */
    public record PeriodInput(String name, String firstWeek, String lastWeek) {
    }

    public record PeriodView(long id, String name, String firstWeek, String lastWeek, long version) {

        static PeriodView of(SubscriptionPeriod p) {
            return new PeriodView(p.id(), p.name(), p.firstWeek().toString(), p.lastWeek().toString(), p.version());
        }
    }

    @Inject
    Periods periods;

    @GET
    @Operation(summary = "The periods, in calendar order")
    public List<PeriodView> list() {
        return periods.list().stream().map(PeriodView::of).toList();
    }

    @POST
    @Allowed(Audience.OFFER_EDITORS)
    @Operation(summary = "Create a period: a name and its first and last weeks")
    public Response create(PeriodInput input, @Context UriInfo uri) {
        if (input == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        SubscriptionPeriod p = periods.create(input.name(), SubscriptionsResource.optionalWeek("firstWeek", input.firstWeek()),
                SubscriptionsResource.optionalWeek("lastWeek", input.lastWeek()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(p.id())).build())
                .tag(Versions.tag(p.version())).entity(PeriodView.of(p)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One period; the ETag is the version to send back in If-Match")
    public Response get(@PathParam("id") long id) {
        SubscriptionPeriod p = periods.find(id);
        return Response.ok(PeriodView.of(p)).tag(Versions.tag(p.version())).build();
    }

    @PUT
    @Path("{id}")
    @Allowed(Audience.OFFER_EDITORS)
    @Operation(summary = "Rename a period or move its weeks (subscriptions keep theirs); If-Match required")
    public Response update(@PathParam("id") long id, PeriodInput input, @Context HttpHeaders headers) {
        if (input == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        SubscriptionPeriod p = periods.update(id, Versions.expected(headers), input.name(),
                SubscriptionsResource.optionalWeek("firstWeek", input.firstWeek()), SubscriptionsResource.optionalWeek("lastWeek", input.lastWeek()));
        return Response.ok(PeriodView.of(p)).tag(Versions.tag(p.version())).build();
    }
}
