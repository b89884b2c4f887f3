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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.baskets.entity.SolidarityFunder;
import org.sillon.people.boundary.OrganisationCard;
import org.sillon.people.boundary.Organisations;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.Money;

/**
 * The funders of solidarity baskets: the animator and the treasurer read them with what each was billed this year;
 * the treasurer and administrators set their share per basket and yearly budget.
 */
@Path("v1/funders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.SOLIDARITY_READERS)
@ApplicationScoped
public class FundersResource {

    /** A funder: an organisation of the registry, its share per basket, its yearly budget, what it was billed. */
    public record FunderView(long id, long organisationId, String organisation, BigDecimal share,
            BigDecimal yearlyBudget, BigDecimal billedThisYear, String currency, long version) {
    }

    /** A funder as sent: amounts in euros. */
    public record FunderInput(Long organisationId, BigDecimal share, BigDecimal yearlyBudget) {
    }

    @Inject
    Funders funders;

    @Inject
    Organisations organisations;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The funders of solidarity baskets, with what each was billed this year")
    public List<FunderView> list() {
        List<SolidarityFunder> all = funders.list();
        Map<Long, String> names = organisations.cards(all.stream().map(SolidarityFunder::organisationId).toList())
                .stream().collect(Collectors.toMap(OrganisationCard::id, OrganisationCard::name));
        return all.stream().map(f -> view(f, names.getOrDefault(f.organisationId(), ""))).toList();
    }

    @POST
    @Allowed(Audience.ACCOUNT_KEEPERS)
    @Operation(summary = "Make an organisation a funder: its share per solidarity basket and its yearly budget")
    public Response create(FunderInput input, @Context UriInfo uri) {
        if (input == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        SolidarityFunder f = funders.create(input.organisationId(), money("share", input.share()),
                money("yearlyBudget", input.yearlyBudget()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(f.id())).build())
                .tag(Versions.tag(f.version())).entity(view(f, name(f))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One funder; the ETag is the version to send back in If-Match")
    public Response get(@PathParam("id") long id) {
        SolidarityFunder f = funders.find(id);
        return Response.ok(view(f, name(f))).tag(Versions.tag(f.version())).build();
    }

    @PUT
    @Path("{id}")
    @Allowed(Audience.ACCOUNT_KEEPERS)
    @Operation(summary = "Set the share and budget from now on; If-Match required")
    public Response update(@PathParam("id") long id, FunderInput input, @Context HttpHeaders headers) {
        if (input == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        SolidarityFunder f = funders.update(id, Versions.expected(headers), money("share", input.share()),
                money("yearlyBudget", input.yearlyBudget()));
        return Response.ok(view(f, name(f))).tag(Versions.tag(f.version())).build();
    }

    private String name(SolidarityFunder f) {
        return organisations.cards(List.of(f.organisationId())).stream().map(OrganisationCard::name).findFirst()
                .orElse("");
    }

    private FunderView view(SolidarityFunder f, String organisation) {
        return new FunderView(f.id(), f.organisationId(), organisation, f.share().amount(),
                f.yearlyBudget() == null ? null : f.yearlyBudget().amount(),
                funders.used(f, LocalDate.now(clock).getYear()).amount(), Money.CURRENCY, f.version());
    }

    private static Money money(String field, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            throw ProblemException.invalid(field, Message.of("money.cents", amount.toPlainString()));
        }
        return Money.of(amount);
    }
}
