package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.baskets.entity.WeekContents;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.Versions;

/**
 * What is in the baskets each week, per size, with the news or recipe of the week's letter; the garden team and
 * the animator fill it, and send the letter to the households receiving a basket. Weeks are written 2026-W49.
 */
@Path("v1/contents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class ContentsResource {

    /** The week's products (each naming its size) and news, as clients send them. */
    public record ContentsInput(List<ContentLine> lines, String news) {
    }

    /** The week's contents per size, its news, and when its letter went, to how many households. */
    public record ContentsView(String week, List<BasketContents.SizeContents> sizes, String news, Instant sentAt,
            Integer letters, long version) {
    }

    /** How many households the letter went to. */
    public record Letter(int households) {
    }

    @Inject
    BasketContents contents;

    @Inject
    Provider<Caller> caller;

    @GET
    @Path("{isoWeek}")
    @Operation(summary = "The week's products per size and its news; the ETag is the version to send back in If-Match")
    public Response get(@PathParam("isoWeek") String isoWeek) {
        WeekContents c = contents.of(ClosuresResource.week("isoWeek", isoWeek));
        return Response.ok(view(c)).tag(Versions.tag(c.version())).build();
    }

    @PUT
    @Path("{isoWeek}")
    @Allowed(Audience.DELIVERY_EDITORS)
    @Operation(summary = "Replace the week's products and news; If-Match required (\"0\" for a week not filled yet)")
    public Response fill(@PathParam("isoWeek") String isoWeek, ContentsInput input, @Context HttpHeaders headers) {
        WeekContents c = contents.fill(ClosuresResource.week("isoWeek", isoWeek), Versions.expected(headers),
                input == null ? null : input.lines(), input == null ? null : input.news());
        return Response.ok(view(c)).tag(Versions.tag(c.version())).build();
    }

    @POST
    @Path("{isoWeek}/letter")
    @Allowed(Audience.DELIVERY_EDITORS)
    @Operation(summary = "Send the week's letter (the feuille de chou) to every household receiving a basket; once")
    public Letter letter(@PathParam("isoWeek") String isoWeek) {
        return new Letter(contents.sendLetter(ClosuresResource.week("isoWeek", isoWeek), caller.get()));
    }

    private ContentsView view(WeekContents c) {
        return new ContentsView(c.week().toString(), contents.bySize(c), c.news(), c.sentAt(), c.letters(), c.version());
    }
}
