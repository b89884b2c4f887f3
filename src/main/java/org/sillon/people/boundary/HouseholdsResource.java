package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
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
import org.sillon.people.entity.Household;
import org.sillon.people.entity.HouseholdStatusChange;
import org.sillon.people.entity.Person;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.entity.Message;

/**
 * Households of the registry. Staff read them; the animator and administrators change them; the garden team
 * keeps their delivery instructions.
 */
@Path("v1/households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class HouseholdsResource {

    public record Member(long id, String firstName, String lastName, String email, boolean mainContact) {
    }

    /** A household as clients send it; the status is taken at creation only (see Households.Composition). */
    public record HouseholdInput(String name, Long mainContactId, List<Long> memberIds,
            PersonsResource.Address deliveryAddress, String deliveryInstructions, HouseholdStatus status) {

        Households.Composition composition() {
            return new Households.Composition(name, mainContactId, memberIds, delivery(), deliveryInstructions, status);
        }

        private org.sillon.platform.entity.PostalAddress delivery() {
            if (deliveryAddress == null) {
                return null;
            }
            try {
                return deliveryAddress.toEntity();
            } catch (ProblemException e) {
                // the address names its fields "address.x"; here they are "deliveryAddress.x"
                throw ProblemException.invalid(e.field().replaceFirst("^address", "deliveryAddress"),
                        e.errors().get(0).message());
            }
        }
    }

    /** A household as the API shows it; address is the main contact's. Solidarity data is never here. */
    public record HouseholdView(long id, String name, Long mainContactId, List<Member> members,
            PersonsResource.Address address, PersonsResource.Address deliveryAddress, String deliveryInstructions,
            PersonsResource.Address effectiveDeliveryAddress, HouseholdStatus status, LocalDate statusSince,
            Instant createdAt, long version) {

        static HouseholdView of(Household h) {
            Person main = h.mainContact();
            List<Member> members = h.members().stream().map(p -> new Member(p.id(), p.firstName(), p.lastName(),
                    p.email(), p.equals(main))).toList();
            return new HouseholdView(h.id(), h.name(), main == null ? null : main.id(), members,
                    main == null ? null : PersonsResource.Address.of(main.address()),
                    PersonsResource.Address.of(h.deliveryAddress()), h.deliveryInstructions(),
                    PersonsResource.Address.of(h.effectiveDeliveryAddress()), h.status(), h.statusSince(),
                    h.createdAt(), h.version());
        }
    }

    /** The delivery instructions alone, as the garden team sends them. */
    public record InstructionsInput(String deliveryInstructions) {
    }

    /** A status change as clients ask for it. */
    public record StatusInput(HouseholdStatus status, LocalDate effectiveOn, String reason) {
    }

    /** One line of a household's status history. */
    public record StatusChangeView(HouseholdStatus status, LocalDate effectiveOn, String reason, Instant recordedAt,
            String recordedBy) {

        static StatusChangeView of(HouseholdStatusChange c) {
            return new StatusChangeView(c.status(), c.effectiveOn(), c.reason(), c.recordedAt(), c.recordedBy());
        }
    }

    @Inject
    Households households;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "Households, paged; q searches the name and the members' names and emails; status and"
            + " statusBefore (an ISO date: status effective before it) filter")
    public Page<HouseholdView> list(@QueryParam("q") String q, @QueryParam("city") String city,
            @QueryParam("status") HouseholdStatus status, @QueryParam("statusBefore") String statusBefore,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, Households.SORTS.keySet(), "name");
        return households.search(new Households.Filter(q, city, status, date("statusBefore", statusBefore)), request)
                .map(HouseholdView::of);
    }

    private static LocalDate date(String param, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(param, Message.of("date.example"));
        }
    }

    @POST
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Form a household around a main contact, with other members")
    public Response create(HouseholdInput input, @Context UriInfo uri) {
        Household h = households.create(input.composition(), caller.get());
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
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Set name, members and main contact; If-Match must carry the version read")
    public Response update(@PathParam("id") long id, HouseholdInput input, @Context HttpHeaders headers) {
        Household h = households.update(id, Versions.expected(headers), input.composition());
        return Response.ok(HouseholdView.of(h)).tag(Versions.tag(h.version())).build();
    }

    @POST
    @Path("{id}/status")
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Change the household's status from a date; If-Match must carry the household's version")
    public Response changeStatus(@PathParam("id") long id, StatusInput input, @Context HttpHeaders headers) {
        Household h = households.changeStatus(id, Versions.expected(headers), input.status(), input.effectiveOn(),
                input.reason(), caller.get());
        return Response.ok(HouseholdView.of(h)).tag(Versions.tag(h.version())).build();
    }

    @PUT
    @Path("{id}/delivery-instructions")
    @Allowed(Audience.DELIVERY_EDITORS)
    @Operation(summary = "Set the delivery instructions alone, the garden team's part of a household: any other"
            + " field in the body is refused by name; If-Match must carry the household's version")
    public Response instructDelivery(@PathParam("id") long id, InstructionsInput input, @Context HttpHeaders headers) {
        Household h = households.instructDelivery(id, Versions.expected(headers),
                input == null ? null : input.deliveryInstructions());
        return Response.ok(HouseholdView.of(h)).tag(Versions.tag(h.version())).build();
    }

    @GET
    @Path("{id}/status-history")
    @Operation(summary = "The household's status changes, oldest first")
    public List<StatusChangeView> statusHistory(@PathParam("id") long id) {
        return households.statusHistory(id).stream().map(StatusChangeView::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Delete a household; its persons stay in the registry; 409 deletion-refused when a"
            + " component still holds it (an open task), naming what holds it")
    public Response delete(@PathParam("id") long id) {
        households.delete(id);
        return Response.noContent().build();
    }
}
