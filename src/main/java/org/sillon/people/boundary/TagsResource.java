package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;

/** The tags persons carry, with how many carry each, for autocompletion and filters. */
@Path("v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class TagsResource {

    @Inject
    PersonTags tags;

    @GET
    @Operation(summary = "Tags in use with their counts; q keeps those starting with it, whatever the case")
    public List<PersonTags.TagUse> list(@QueryParam("q") String q) {
        return tags.inUse(q);
    }
}
