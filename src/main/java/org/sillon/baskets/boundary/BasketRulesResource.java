package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.baskets.entity.AbsenceHandling;
import org.sillon.baskets.entity.BasketSettings;
import org.sillon.baskets.entity.CutOff;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Message;

/** The association's basket rules: cut-off and absence policy. The team reads them; administrators set them. */
@Path("v1/basket-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class BasketRulesResource {

    /** The rules: the cut-off is a day and Paris time of the week, or of a week up to four before it. */
    public record RulesView(DayOfWeek cutOffDay, LocalTime cutOffTime, int cutOffWeeksBefore,
            AbsenceHandling absenceHandling, int absencesIncluded, int absencesMax, Integer weeklyCapacity,
            long version) {

        static RulesView of(BasketSettings s) {
            CutOff c = s.cutOff();
            return new RulesView(c.day(), c.time(), c.weeksBefore(), s.absenceHandling(), s.absencesIncluded(),
                    s.absencesMax(), s.weeklyCapacity().isPresent() ? s.weeklyCapacity().getAsInt() : null,
                    s.version());
        }
    }

    /**
     * The rules as sent: {@code cutOffTime} written 12:00; {@code weeklyCapacity} the garden's baskets a week, every
     * point together (none for no limit).
     */
    public record RulesInput(DayOfWeek cutOffDay, LocalTime cutOffTime, Integer cutOffWeeksBefore,
            AbsenceHandling absenceHandling, Integer absencesIncluded, Integer absencesMax, Integer weeklyCapacity) {
    }

    @Inject
    BasketRules rules;

    @GET
    @Operation(summary = "The basket rules; the ETag is the version to send back (0 while never set)")
    public Response get() {
        BasketSettings s = rules.settings();
        return Response.ok(RulesView.of(s)).tag(Versions.tag(s.version())).build();
    }

    @PUT
    @Allowed(Audience.ADMINS)
    @Operation(summary = "Set every basket rule at once; If-Match required")
    public Response set(RulesInput input, @Context HttpHeaders headers) {
        if (input == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        CutOff cutOff = ProblemException.onField("cutOff", () -> new CutOff(input.cutOffDay(), input.cutOffTime(),
                input.cutOffWeeksBefore() == null ? 0 : input.cutOffWeeksBefore()));
        BasketSettings s = rules.set(Versions.expected(headers), new BasketRules.Rules(cutOff,
                input.absenceHandling(), input.absencesIncluded(), input.absencesMax(), input.weeklyCapacity()));
        return Response.ok(RulesView.of(s)).tag(Versions.tag(s.version())).build();
    }
}
