package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;

/** Billing the baskets into the ledger of charges, for the treasurer and administrators. */
@Path("v1/billing")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Audience.ACCOUNT_KEEPERS)
@ApplicationScoped
public class BillingResource {

    @Inject
    Billing billing;

    @Inject
    Prepaid prepaid;

    @Inject
    Provider<Caller> caller;

    @POST
    @Path("runs")
    @Operation(summary = "Bill every subscription as of today: charges what is owed and not yet charged, corrects"
            + " what changed; a second run the same day adds nothing")
    public Billing.Run run() {
        return billing.run(caller.get());
    }

    /** How many households were told that their prepaid balance runs low. */
    public record Reminded(int reminded) {
    }

    @POST
    @Path("prepaid-reminders")
    @Operation(summary = "Tell the households whose prepaid balance pays for fewer than two baskets, once each time"
            + " it runs low (also done every hour)")
    public Reminded remindPrepaid() {
        return new Reminded(prepaid.remind());
    }
}
