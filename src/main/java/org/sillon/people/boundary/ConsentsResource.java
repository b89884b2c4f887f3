package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.entity.Message;

/** A person's consent per purpose. Staff read it; the animator and administrators record changes. */
@Path("v1/persons/{personId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class ConsentsResource {

    /** Consent given ({@code granted} true) or withdrawn for a purpose, and how it reached us. */
    public record ConsentInput(ConsentPurpose purpose, Boolean granted, ConsentSource source) {

        public ConsentInput {
            if (granted == null) {
                throw ProblemException.invalid("granted", Message.of("required"));
            }
        }
    }

    @Inject
    Consents consents;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "The current state per purpose (no record: not granted) and the history, newest first")
    public Consents.Overview get(@PathParam("personId") long personId) {
        return consents.of(personId);
    }

    @POST
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Record that the person granted or withdrew consent for a purpose")
    public Response record(@PathParam("personId") long personId, ConsentInput input, @Context UriInfo uri) {
        Consents.Overview overview = consents.record(personId, input.purpose(), input.granted(), input.source(), caller.get());
        return Response.created(uri.getAbsolutePath()).entity(overview).build();
    }
}
