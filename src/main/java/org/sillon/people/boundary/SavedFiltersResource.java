package org.sillon.people.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.people.entity.SavedFilter;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;

/** Saved searches of the registry lists: each staff member's own, and those shared with all staff. */
@Path("v1/saved-filters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class SavedFiltersResource {

    /** {@code shared} may be left out: a filter is private unless said otherwise. */
    public record SavedFilterInput(RegistryList list, String name, SavedFilter.Criteria criteria, Boolean shared) {
    }

    public record SavedFilterView(long id, RegistryList list, String name, String owner, boolean shared,
            SavedFilter.Criteria criteria, Instant createdAt) {

        static SavedFilterView of(SavedFilter f) {
            return new SavedFilterView(f.id(), f.list(), f.name(), f.owner(), f.shared(), f.criteria(), f.createdAt());
        }
    }

    @Inject
    SavedFilters filters;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "The caller's saved filters and the shared ones, optionally for one list")
    public List<SavedFilterView> list(@QueryParam("list") RegistryList list) {
        return filters.visibleTo(caller.get(), list).stream().map(SavedFilterView::of).toList();
    }

    @POST
    @Operation(summary = "Save a search (q, column filters, sort) under a name unique per owner and list")
    public Response create(SavedFilterInput input, @Context UriInfo uri) {
        SavedFilter f = filters.save(caller.get(), input.list(), input.name(), input.criteria(),
                Boolean.TRUE.equals(input.shared()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(f.id())).build())
                .entity(SavedFilterView.of(f)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a saved filter; only its owner or an administrator may")
    public Response delete(@PathParam("id") long id) {
        filters.delete(id, caller.get());
        return Response.noContent().build();
    }
}
