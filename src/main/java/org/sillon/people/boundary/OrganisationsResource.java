package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.people.entity.Organisation;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.Versions;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;

/** Organisations: clients, partners, funders. Staff read them; the animator and administrators change them. */
@Path("v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class OrganisationsResource {

    public record OrganisationInput(String name, OrganisationKind kind, Set<OrganisationRole> roles, String siret,
            String email, String phone, PersonsResource.Address address) {

        OrganisationDetails details() {
            return new OrganisationDetails(name, kind, roles, siret, email, phone,
                    address == null ? null : address.toEntity());
        }
    }

    public record OrganisationView(long id, String name, OrganisationKind kind, Set<OrganisationRole> roles,
            String siret, String email, String phone, PersonsResource.Address address, Instant createdAt,
            Instant updatedAt, long version) {

        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id(), o.name(), o.kind(), o.roles(), o.siret(), o.email(), o.phone(),
                    PersonsResource.Address.of(o.address()), o.createdAt(), o.updatedAt(), o.version());
        }
    }

    @Inject
    Organisations organisations;

    @GET
    @Operation(summary = "Organisations, paged; q searches name, email and SIRET; filter by kind or role")
    public Page<OrganisationView> list(@QueryParam("q") String q, @QueryParam("kind") OrganisationKind kind,
            @QueryParam("role") OrganisationRole role, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, Organisations.SORTS.keySet(), "name");
        return organisations.search(new Organisations.Filter(q, kind, role), request).map(OrganisationView::of);
    }

    @POST
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Register an organisation")
    public Response create(OrganisationInput input, @Context UriInfo uri) {
        Organisation o = organisations.create(input.details());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(o.id())).build())
                .tag(Versions.tag(o.version())).entity(OrganisationView.of(o)).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id, @Context Request request) {
        Organisation o = organisations.find(id);
        EntityTag tag = Versions.tag(o.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(OrganisationView.of(o)).tag(tag).build();
    }

    @PUT
    @Path("{id}")
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Replace an organisation; If-Match must carry the version read")
    public Response update(@PathParam("id") long id, OrganisationInput input, @Context HttpHeaders headers) {
        Organisation o = organisations.update(id, Versions.expected(headers), input.details());
        return Response.ok(OrganisationView.of(o)).tag(Versions.tag(o.version())).build();
    }

    @DELETE
    @Path("{id}")
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Delete an organisation; 409 deletion-refused when a component still holds it (an open"
            + " task), naming what holds it")
    public Response delete(@PathParam("id") long id) {
        organisations.delete(id);
        return Response.noContent().build();
    }
}
