package org.sillon.ledger.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.Money;

/**
 * The ledger of charges, for the treasurer and administrators: every entry households owe, charges and their
 * corrections, and the treasurer's adjustments. Entries are never changed: an adjustment is a new entry.
 */
@Path("v1/charges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.ACCOUNT_KEEPERS)
@ApplicationScoped
public class ChargesResource {

    /** A page of entries, with what the household or organisation asked for owes in all (or on the bill asked). */
    public record ChargesPage(Page<LedgerEntry> entries, BigDecimal owed) {
    }

    /** The treasurer's adjustment of a line: {@code amount} in euros, negative for a discount, and why. */
    public record AdjustmentInput(BigDecimal amount, String reason) {
    }

    @Inject
    Ledger ledger;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "Entries, paged; filter by household or organisation (a funder), monthly bill (2026-12) or"
            + " key prefix")
    public ChargesPage list(@QueryParam("householdId") Long householdId,
            @QueryParam("organisationId") Long organisationId, @QueryParam("bill") String bill,
            @QueryParam("key") String key, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        YearMonth month = bill(bill);
        PageRequest request = PageRequest.of(page, size, sort, Ledger.SORTS.keySet(), "serviceDate");
        Page<LedgerEntry> entries = ledger.list(new Ledger.Filter(householdId, organisationId, month, key), request);
        Payer payer = householdId != null ? Payer.household(householdId)
                : organisationId != null ? Payer.organisation(organisationId) : null;
        return new ChargesPage(entries, payer == null ? null : ledger.owed(payer, month).amount());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One entry")
    public LedgerEntry get(@PathParam("id") long id) {
        return ledger.find(id);
    }

    @POST
    @Path("{id}/adjustments")
    @Operation(summary = "Adjust an entry's line by an amount (negative for a discount), with a reason: a new entry")
    public Response adjust(@PathParam("id") long id, AdjustmentInput input, @Context UriInfo uri) {
        BigDecimal amount = input == null ? null : input.amount();
        if (amount == null) {
            throw ProblemException.invalid("amount", Message.of("required"));
        }
        if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            throw ProblemException.invalid("amount", Message.of("money.cents", amount.toPlainString()));
        }
        LedgerEntry entry = ledger.adjust(id, Money.of(amount), input.reason(), caller.get());
        return Response.created(uri.getBaseUriBuilder().path("v1/charges").path(Long.toString(entry.id())).build())
                .entity(entry).build();
    }

    private static YearMonth bill(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("bill", Message.of("charge.bill", text));
        }
    }
}
