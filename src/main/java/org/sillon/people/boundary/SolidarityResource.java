package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.people.entity.SolidarityEligibility;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.Versions;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;

/**
 * A household's eligibility for solidarity baskets: data about social or economic difficulty. The animator
 * (who follows the social referral) and the treasurer (who applies the solidarity price) read it; the
 * animator and administrators change it; the garden team and adherents never see it.
 */
@Path("v1/households/{id}/solidarity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.SOLIDARITY_READERS)
@ApplicationScoped
public class SolidarityResource {

    public record SolidarityView(long householdId, boolean eligible, String reason, Long referredByOrganisationId,
            String referredByOrganisationName, LocalDate validUntil, Instant updatedAt, String updatedBy,
            long version) {

        static SolidarityView of(SolidarityEligibility e) {
            return new SolidarityView(e.householdId(), e.eligible(), e.reason(),
                    e.referredBy() == null ? null : e.referredBy().id(),
                    e.referredBy() == null ? null : e.referredBy().name(), e.validUntil(), e.updatedAt(),
                    e.updatedBy(), e.version());
        }
    }

    @Inject
    SolidarityEligibilities eligibilities;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "The household's solidarity-basket eligibility; the ETag is its version (0: never decided)")
    public Response get(@PathParam("id") long id) {
        SolidarityEligibility e = eligibilities.find(id);
        return Response.ok(SolidarityView.of(e)).tag(Versions.tag(e.version())).build();
    }

    @PUT
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Record the eligibility decision; If-Match must carry the version read")
    public Response put(@PathParam("id") long id, SolidarityEligibilities.Decision decision,
            @Context HttpHeaders headers) {
        SolidarityEligibility e = eligibilities.decide(id, Versions.expected(headers), decision, caller.get());
        return Response.ok(SolidarityView.of(e)).tag(Versions.tag(e.version())).build();
    }
}
