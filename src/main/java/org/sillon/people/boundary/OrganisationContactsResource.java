package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.people.entity.OrganisationContact;
import org.sillon.people.entity.Person;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;

/** An organisation's contact persons. Staff read them; the animator and administrators change them. */
@Path("v1/organisations/{id}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class OrganisationContactsResource {

    public record ContactInput(Long personId, String function) {
    }

    public record ContactView(long personId, String firstName, String lastName, String email, String phone,
            String function) {

        static ContactView of(OrganisationContact c) {
            Person p = c.person();
            return new ContactView(p.id(), p.firstName(), p.lastName(), p.email(),
                    p.mobilePhone() != null ? p.mobilePhone() : p.phone(), c.function());
        }
    }

    @Inject
    OrganisationContacts contacts;

    @GET
    @Operation(summary = "The organisation's contact persons, by name")
    public List<ContactView> list(@PathParam("id") long id) {
        return contacts.of(id).stream().map(ContactView::of).toList();
    }

    @POST
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Make a person a contact of the organisation, with their function there")
    public Response add(@PathParam("id") long id, ContactInput input, @Context UriInfo uri) {
        OrganisationContact c = contacts.add(id, input.personId(), input.function());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(c.person().id())).build())
                .entity(ContactView.of(c)).build();
    }

    @DELETE
    @Path("{personId}")
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "The person is no longer a contact of the organisation")
    public Response remove(@PathParam("id") long id, @PathParam("personId") long personId) {
        contacts.remove(id, personId);
        return Response.noContent().build();
    }
}
