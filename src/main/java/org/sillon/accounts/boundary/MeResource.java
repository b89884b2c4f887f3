package org.sillon.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.platform.boundary.ClientAddress;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;

/** The caller's own account, whatever their role. */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.EVERYONE)
public class MeResource {

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Inject
    Accounts accounts;

    @Inject
    ClientAddress clientAddress;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Who am I, with which roles")
    public AccountsResource.AccountView me() {
        return accounts.findByUsername(security.getUserPrincipal().getName())
                .map(AccountsResource.AccountView::of).orElseThrow();
    }

    @PUT
    @Path("password")
    @Operation(summary = "Change my password, giving the current one")
    public Response changePassword(PasswordChange change, @Context HttpServletRequest request) {
        Caller caller = accounts.changeOwnPassword(security.getUserPrincipal().getName(), change.currentPassword(),
                change.newPassword(), clientAddress.of(request));
        SillonAuthentication.renewStamp(request, caller);
        return Response.noContent().build();
    }
}
