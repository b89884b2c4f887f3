package org.sillon.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.accounts.entity.Account;
import org.sillon.people.boundary.PersonCard;
import org.sillon.platform.boundary.Caller;
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
@ApplicationScoped
public class AccountsResource {

    /** An account as the API shows it, with the person it belongs to (and their household), if any. */
    public record AccountView(long id, String username, String displayName, String email, Language language,
            Set<Role> roles, boolean enabled, Instant createdAt, Instant lastLoginAt, Long personId,
            String personName, Long householdId) {

        /** The views of accounts, given the cards of the persons they belong to ({@link AccountHolders#holders}). */
        static List<AccountView> of(List<Account> list, Map<Long, PersonCard> holders) {
            return list.stream().map(a -> {
                PersonCard p = a.personId() == null ? null : holders.get(a.personId());
                return new AccountView(a.id(), a.username(), a.displayName(), a.email(), a.language(), a.roles(),
                        a.enabled(), a.createdAt(), a.lastLoginAt(), a.personId(), p == null ? null : p.fullName(),
                        p == null ? null : p.householdId());
            }).toList();
        }
    }

    public record PasswordInput(String password) {
    }

    /** The person an account is to belong to. */
    public record PersonLink(Long personId) {
    }

    @Inject
    Accounts accounts;

    @Inject
    AccountHolders holders;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "All accounts, by username")
    public List<AccountView> list() {
        List<Account> list = accounts.list();
        return AccountView.of(list, holders.holders(list));
    }

    @POST
    @Operation(summary = "Open an account; a welcome email goes to its address")
    public Response create(Accounts.NewAccount input, @Context UriInfo uri) {
        Account account = accounts.create(input, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(account.id())).build())
                .tag(Versions.tag(account.version())).entity(view(account)).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return answer(accounts.find(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change name, email, language, roles or enabled; needs If-Match")
    public Response update(@PathParam("id") long id, Accounts.AccountChange change, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        Account account = accounts.update(id, expected, change, caller.get());
        return get(account.id());
    }

    @PUT
    @Path("{id}/password")
    @Operation(summary = "Set a new password for an account")
    public Response setPassword(@PathParam("id") long id, PasswordInput input) {
        accounts.setPassword(id, input.password());
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/person")
    @Operation(summary = "Make the account a person's (an adherent's login); 409 when the person has another account")
    public Response link(@PathParam("id") long id, PersonLink input) {
        return answer(holders.link(id, input == null ? null : input.personId()));
    }

    @DELETE
    @Path("{id}/person")
    @Operation(summary = "The account belongs to no person any more")
    public Response unlink(@PathParam("id") long id) {
        return answer(holders.unlink(id));
    }

    private Response answer(Account account) {
        return Response.ok(view(account)).tag(Versions.tag(account.version())).build();
    }

    private AccountView view(Account account) {
        return AccountView.of(List.of(account), holders.holders(List.of(account))).get(0);
    }
}
