package org.sillon.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.accounts.entity.ApiToken;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;

/** API tokens, for administrators. The secret is in the creation answer only. */
@Path("v1/api-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.ADMINS)
@ApplicationScoped
public class ApiTokensResource {

    public record NewToken(String username, String name, Instant expiresAt) {
    }

    public record TokenView(long id, String username, String name, String prefix, Instant createdAt,
            String createdBy, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String token) {

        static TokenView of(ApiToken t, String secret) {
            return new TokenView(t.id(), t.account().username(), t.name(), t.prefix(), t.createdAt(), t.createdBy(),
                    t.expiresAt(), t.lastUsedAt(), t.revokedAt(), secret);
        }
    }

    @Inject
    ApiTokens tokens;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "All tokens, newest first, without their secrets")
    public List<TokenView> list() {
        return tokens.list().stream().map(t -> TokenView.of(t, null)).toList();
    }

    @POST
    @Operation(summary = "Create a token for an account; the answer holds the secret, shown this once")
    public Response create(NewToken input, @Context UriInfo uri) {
        ApiTokens.Created created = tokens.create(input.username(), input.name(), input.expiresAt(), caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.token().id())).build())
                .header("Cache-Control", "no-store")
                .entity(TokenView.of(created.token(), created.secret())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token; it stops working at once")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
