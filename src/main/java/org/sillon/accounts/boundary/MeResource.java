package org.sillon.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.accounts.entity.Account;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.boundary.ClientAddress;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;

/** The caller's own account, whatever their role. */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.EVERYONE)
@ApplicationScoped
public class MeResource {

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Inject
    Accounts accounts;

    @Inject
    AccountHolders holders;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "Who am I: my account, roles, and the person and household it belongs to")
    public AccountsResource.AccountView me() {
        List<Account> me = accounts.findByUsername(caller.get().username()).stream().toList();
        return AccountsResource.AccountView.of(me, holders.holders(me)).get(0);
    }

    @PUT
    @Path("password")
    @Operation(summary = "Change my password, giving the current one")
    public Response changePassword(PasswordChange change, @Context HttpServletRequest request) {
        CallerIdentity changed = accounts.changeOwnPassword(caller.get(), change.currentPassword(), change.newPassword(),
                clientAddress.of(request));
        SillonAuthentication.renewStamp(request, changed);
        return Response.noContent().build();
    }
}
