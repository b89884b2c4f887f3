package org.sillon.accounts.boundary;

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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.accounts.entity.Account;
import org.sillon.platform.boundary.Role;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Language;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;

/** Staff and adherent accounts, for administrators. */
@Path("v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.ADMINS)
public class AccountsResource {

    public record AccountView(long id, String username, String displayName, String email, Language language,
            Set<Role> roles, boolean enabled, Instant createdAt, Instant lastLoginAt) {

        static AccountView of(Account a) {
            return new AccountView(a.id(), a.username(), a.displayName(), a.email(), a.language(), a.roles(),
                    a.enabled(), a.createdAt(), a.lastLoginAt());
        }
    }

    public record PasswordInput(String password) {
    }

    @Inject
    Accounts accounts;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "All accounts, by username")
    public List<AccountView> list() {
        return accounts.list().stream().map(AccountView::of).toList();
    }

    @POST
    @Operation(summary = "Open an account; a welcome email goes to its address")
    public Response create(Accounts.NewAccount input, @Context UriInfo uri) {
        Account account = accounts.create(input, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(account.id())).build())
                .tag(Versions.tag(account.version())).entity(AccountView.of(account)).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Account account = accounts.find(id);
        return Response.ok(AccountView.of(account)).tag(Versions.tag(account.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change name, email, language, roles or enabled; needs If-Match")
    public Response update(@PathParam("id") long id, Accounts.AccountChange change, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        Account account = accounts.update(id, expected, change, security.getUserPrincipal().getName());
        return get(account.id());
    }

    @PUT
    @Path("{id}/password")
    @Operation(summary = "Set a new password for an account")
    public Response setPassword(@PathParam("id") long id, PasswordInput input) {
        accounts.setPassword(id, input.password());
        return Response.noContent().build();
    }
}
