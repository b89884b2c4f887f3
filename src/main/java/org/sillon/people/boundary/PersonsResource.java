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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.people.entity.Person;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;

/** Persons of the registry. Staff read them; the animator and administrators change them. */
@Path("v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class PersonsResource {

    /** A postal address in requests and answers, the same for every record that has one. */
    public record Address(String line1, String line2, String postalCode, String city, String country) {

        /** The address, refused on the field {@code address} when malformed. */
        public PostalAddress toEntity() {
            return ProblemException.onField("address",
                    () -> new PostalAddress(line1, line2, postalCode, city, country));
        }

        public static Address of(PostalAddress a) {
            return a == null ? null : new Address(a.line1(), a.line2(), a.postalCode(), a.city(), a.country());
        }
    }

    /** A person as clients send it, for creation and full replacement. */
    public record PersonInput(Civility civility, String firstName, String lastName, String email, String phone,
            String mobilePhone, Address address, Language language, Long householdId, PersonSource source,
            LocalDate joinedOn, List<String> tags) {

        PersonDetails details() {
            return new PersonDetails(civility, firstName, lastName, email, phone, mobilePhone,
                    address == null ? null : address.toEntity(), language);
        }

        PersonProfile profile() {
            return new PersonProfile(source, joinedOn, tags == null ? List.of() : tags);
        }
    }

    /** A person as the API shows it. */
    public record PersonView(long id, Civility civility, String firstName, String lastName, String email,
            String phone, String mobilePhone, Address address, Language language, Long householdId,
            String householdName, PersonSource source, LocalDate joinedOn, List<String> tags, Instant createdAt,
            Instant updatedAt, long version) {

        public static PersonView of(Person p) {
            return new PersonView(p.id(), p.civility(), p.firstName(), p.lastName(), p.email(), p.phone(),
                    p.mobilePhone(), Address.of(p.address()), p.language(),
                    p.household() == null ? null : p.household().id(),
                    p.household() == null ? null : p.household().name(), p.source(), p.joinedOn(), p.tags(),
                    p.createdAt(), p.updatedAt(), p.version());
        }
    }

    @Inject
    Persons persons;

    @GET
    @Operation(summary = "Persons, paged; q searches names and emails; tag and consent (a purpose currently"
            + " granted) narrow it; sort is field or field,desc")
    public Page<PersonView> list(@QueryParam("q") String q, @QueryParam("email") String email,
            @QueryParam("householdId") Long householdId, @QueryParam("city") String city,
            @QueryParam("tag") String tag, @QueryParam("consent") ConsentPurpose consent,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, Persons.SORTS.keySet(), "lastName");
        return persons.search(new Persons.Filter(q, email, householdId, city, tag, consent), request)
                .map(PersonView::of);
    }

    @POST
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Register a person, optionally in an existing household")
    public Response create(PersonInput input, @Context UriInfo uri) {
        Person person = persons.create(input.details(), input.profile(), input.householdId());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(person.id())).build())
                .tag(Versions.tag(person.version())).entity(PersonView.of(person)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One person; the ETag is the version to send back in If-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        Person person = persons.find(id);
        EntityTag tag = Versions.tag(person.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(PersonView.of(person)).tag(tag).build();
    }

    @PUT
    @Path("{id}")
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Replace a person; If-Match must carry the version read (412 when stale)")
    public Response update(@PathParam("id") long id, PersonInput input, @Context HttpHeaders headers) {
        Person person = persons.update(id, Versions.expected(headers), input.details(), input.profile(),
                input.householdId());
        return Response.ok(PersonView.of(person)).tag(Versions.tag(person.version())).build();
    }

    @DELETE
    @Path("{id}")
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Delete a person who is not the main contact of a household; 409 deletion-refused"
            + " when a component still holds them (an open task), naming what holds them")
    public Response delete(@PathParam("id") long id) {
        persons.delete(id);
        return Response.noContent().build();
    }
}
