package org.sillon.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.accounts.entity.Role;

/** The tags persons carry, with how many carry each, for autocompletion and filters. */
@Path("v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.S_ADMIN, Role.S_ANIMATOR, Role.S_TREASURER, Role.S_GARDEN})
public class TagsResource {

    @Inject
    PersonTags tags;

    @GET
    @Operation(summary = "Tags in use with their counts; q keeps those starting with it, whatever the case")
    public List<PersonTags.TagUse> list(@QueryParam("q") String q) {
        return tags.inUse(q);
    }
}
