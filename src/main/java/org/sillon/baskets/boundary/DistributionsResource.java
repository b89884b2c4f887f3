package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.baskets.boundary.Distributions.Distribution;
import org.sillon.baskets.control.DistributionJson;
import org.sillon.baskets.control.DistributionSheets;
import org.sillon.baskets.entity.HandoverOutcome;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.boundary.ProblemMappers;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.Message;

/** The weekly distribution for the team: JSON, or printed as PDF sheets or a CSV of baskets. */
@Path("v1/distributions")
@Allowed(Audience.STAFF)
@ApplicationScoped
public class DistributionsResource {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String PDF = "application/pdf";

    @Inject
    Distributions distributions;

    @Inject
    Clock clock;

    @Inject
    Provider<Caller> caller;

    @GET
    @Path("forecast")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Baskets per size and option for each of the next weeks (from=2026-W50, weeks=1..12)")
    public List<Distributions.WeekForecast> forecast(@QueryParam("from") String from, @QueryParam("weeks") Integer weeks) {
        int count = weeks == null ? Distributions.FORECAST_WEEKS : weeks;
        if (count < 1 || count > Distributions.FORECAST_WEEKS) {
            throw ProblemException.invalid("weeks", Message.of("between", 1, Distributions.FORECAST_WEEKS));
        }
        IsoWeek first = from == null || from.isBlank() ? IsoWeek.of(LocalDate.now(clock)) : ClosuresResource.week("from", from);
        return distributions.forecast(first, count);
    }

    /** What became of a basket: {@code COLLECTED}, {@code NOT_COLLECTED} or {@code DELIVERED}. */
    public record HandoverInput(HandoverOutcome outcome) {
    }

    @PUT
    @Path("{isoWeek}/baskets/{subscriptionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Audience.DELIVERY_EDITORS)
    @Operation(summary = "Mark a week's basket collected, not collected or delivered, from its delivery day on")
    public HandoverInput mark(@PathParam("isoWeek") String isoWeek, @PathParam("subscriptionId") long subscriptionId,
            HandoverInput input) {
        IsoWeek week = ClosuresResource.week("isoWeek", isoWeek);
        return new HandoverInput(distributions.mark(week, subscriptionId, input == null ? null : input.outcome(),
                caller.get()));
    }

    @GET
    @Path("not-collected")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The baskets marked not collected in the last weeks (weeks=1..12, 4 by default), latest first")
    public List<Distributions.Uncollected> uncollected(@QueryParam("weeks") Integer weeks) {
        int count = weeks == null ? 4 : weeks;
        if (count < 1 || count > Distributions.FORECAST_WEEKS) {
            throw ProblemException.invalid("weeks", Message.of("between", 1, Distributions.FORECAST_WEEKS));
        }
        IsoWeek now = IsoWeek.of(LocalDate.now(clock));
        return distributions.uncollected(now.plus(1L - count), now);
    }

    @GET
    @Path("{isoWeek}")
    @Produces({MediaType.APPLICATION_JSON, PDF, CSV})
    @Operation(summary = "A week's baskets per drop-off point with totals (2026-W49); ?format=pdf|csv to print,"
            + " ?point= for one drop-off point, ?lang=fr|en for the sheets' language (else Accept-Language)")
    public Response week(@PathParam("isoWeek") String isoWeek, @QueryParam("format") String format,
            @QueryParam("point") Long point, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        IsoWeek week = ClosuresResource.week("isoWeek", isoWeek);
        String f = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("json") && !f.equals("pdf") && !f.equals("csv")) {
            throw ProblemException.invalid("format", Message.of("distribution.format", format));
        }
        Distribution d = point == null ? distributions.of(week) : distributions.ofPoint(week, point);
        if (f.equals("json")) {
            StreamingOutput json = out -> DistributionJson.write(d, out);
            return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
        }
        DistributionSheets sheets = new DistributionSheets(lang == null || lang.isBlank()
                ? ProblemMappers.language(headers) : Language.accepted(lang).locale());
        String name = "distribution-" + week + (point == null ? "" : "-" + point) + "." + f;
        StreamingOutput body = f.equals("pdf") ? out -> sheets.pdf(d, out) : out -> sheets.csv(d, out);
        return Response.ok(body, f.equals("pdf") ? PDF : CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
