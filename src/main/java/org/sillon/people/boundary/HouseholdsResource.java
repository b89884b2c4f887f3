package org.sillon.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.accounts.entity.Role;
import org.sillon.people.entity.Household;
import org.sillon.people.entity.Person;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.Versions;

/** Households of the registry. Staff read them; the animator and administrators change them. */
@Path("v1/households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.S_ADMIN, Role.S_ANIMATOR, Role.S_TREASURER, Role.S_GARDEN})
public class HouseholdsResource {

    public record Member(long id, String firstName, String lastName, String email, boolean mainContact) {
    }

    public record HouseholdView(long id, String name, Long mainContactId, List<Member> members,
            PersonsResource.Address address, Instant createdAt, long version) {

        static HouseholdView of(Household h) {
            Person main = h.mainContact();
            List<Member> members = h.members().stream().map(p -> new Member(p.id(), p.firstName(), p.lastName(),
                    p.email(), p.equals(main))).toList();
            return new HouseholdView(h.id(), h.name(), main == null ? null : main.id(), members,
                    main == null ? null : PersonsResource.Address.of(main.address()), h.createdAt(), h.version());
        }
    }

    @Inject
    Households households;

    @GET
    @Operation(summary = "Households, paged; q searches the name and the members' names and emails")
    public Page<HouseholdView> list(@QueryParam("q") String q, @QueryParam("city") String city,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, Households.SORTS.keySet(), "name");
        return households.search(new Households.Filter(q, city), request).map(HouseholdView::of);
    }

    @POST
    @RolesAllowed({Role.S_ADMIN, Role.S_ANIMATOR})
    @Operation(summary = "Form a household around a main contact, with other members")
    public Response create(Households.Composition composition, @Context UriInfo uri) {
        Household h = households.create(composition);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(h.id())).build())
                .tag(Versions.tag(h.version())).entity(HouseholdView.of(h)).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id, @Context Request request) {
        Household h = households.find(id);
        EntityTag tag = Versions.tag(h.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(HouseholdView.of(h)).tag(tag).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.S_ADMIN, Role.S_ANIMATOR})
    @Operation(summary = "Set name, members and main contact; If-Match must carry the version read")
    public Response update(@PathParam("id") long id, Households.Composition composition,
            @Context HttpHeaders headers) {
        Household h = households.update(id, Versions.expected(headers), composition);
        return Response.ok(HouseholdView.of(h)).tag(Versions.tag(h.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.S_ADMIN, Role.S_ANIMATOR})
    @Operation(summary = "Delete a household; its persons stay in the registry")
    public Response delete(@PathParam("id") long id) {
        households.delete(id);
        return Response.noContent().build();
    }
}
