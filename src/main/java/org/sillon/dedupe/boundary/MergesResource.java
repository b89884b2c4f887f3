package org.sillon.dedupe.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.people.boundary.PersonsResource.PersonView;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.entity.Message;

/** Merging two records of one person, and the history of merges. */
@Path("v1/merges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.DUPLICATE_READERS)
@ApplicationScoped
public class MergesResource {

    @Inject
    Merges merges;

    @Inject
    Provider<Caller> caller;

    @POST
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Merge mergedId into survivorId, both at the versions read (412 when stale);"
            + " takeFromMerged names the fields whose merged value wins; answers the survivor")
    public Response merge(Merges.Request input) {
        PersonView survivor = merges.merge(input, caller.get());
        return Response.ok(survivor).tag(Versions.tag(survivor.version())).build();
    }

    @GET
    @Operation(summary = "The merges behind a person (into them, recursively), oldest first")
    public List<Merges.Record> history(@QueryParam("personId") Long personId) {
        if (personId == null) {
            throw ProblemException.invalid("personId", Message.of("required"));
        }
        return merges.history(personId);
    }
}
