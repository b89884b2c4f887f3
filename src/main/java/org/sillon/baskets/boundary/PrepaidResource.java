package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.ledger.boundary.LedgerEntry;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.Money;

/**
 * A household's prepaid basket balance: the treasurer reads it and records top-ups; an adherent reads their own
 * household's (another's answers 404).
 */
@Path("v1/households/{householdId}/prepaid")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.EVERYONE)
@ApplicationScoped
public class PrepaidResource {

    /** Money handed in: {@code amount} in euros ("30.00") and the payment's reference (a cheque's number). */
    public record TopUpInput(BigDecimal amount, String reference) {
    }

    @Inject
    Prepaid prepaid;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "The household's prepaid balance, the price of its next basket, how many baskets it still"
            + " pays for and whether it is low; 404 when the household has no prepaid subscription")
    public Prepaid.Balance balance(@PathParam("householdId") long householdId) {
        AbsencesResource.requireAccess(caller.get(), householdId, Audience.ACCOUNT_KEEPERS);
        return prepaid.of(householdId)
                .orElseThrow(() -> ProblemException.notFound(Message.of("prepaid.none")));
    }

    @POST
    @Path("top-ups")
    @Allowed(Audience.ACCOUNT_KEEPERS)
    @Operation(summary = "Record money the household handed in for its prepaid baskets; the same reference twice is"
            + " refused (409), so a form sent twice credits once")
    public Response topUp(@PathParam("householdId") long householdId, TopUpInput input) {
        if (input == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        if (input.amount() != null && input.amount().stripTrailingZeros().scale() > Money.SCALE) {
            throw ProblemException.invalid("amount", Message.of("money.cents", input.amount().toPlainString()));
        }
        LedgerEntry entry = prepaid.topUp(householdId, input.amount() == null ? null : Money.of(input.amount()),
                input.reference(), caller.get());
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }
}
