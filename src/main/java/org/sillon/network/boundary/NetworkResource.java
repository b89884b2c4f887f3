package org.sillon.network.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.association.boundary.Associations;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;

/** The associations of this installation, for the administrators of its first association. */
@Path("v1/associations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.ADMINS)
@ApplicationScoped
public class NetworkResource {

    public record Registered(long id) {
    }

    @Inject
    Network network;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "Every association of the installation")
    public List<Associations.Summary> list() {
        return network.all();
    }

    @POST
    @Operation(summary = "Register an association and its first administrator (who can then log in)")
    public Response register(Network.NewAssociation input, @Context UriInfo uri) {
        long id = network.register(input, caller.get());
        return Response.created(uri.getBaseUriBuilder().path("v1/association").build()).entity(new Registered(id))
                .build();
    }
}
