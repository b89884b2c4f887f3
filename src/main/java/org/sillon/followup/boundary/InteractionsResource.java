package org.sillon.followup.boundary;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.followup.control.Subjects;
import org.sillon.followup.entity.Interaction;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.Versions;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;

/** Calls, meetings and emails with persons and organisations. Staff read them; editors log them. */
@Path("v1/interactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class InteractionsResource {

    /** An interaction as clients send it; the author is the caller. */
    public record InteractionInput(InteractionKind kind, Instant occurredAt, String subject, String notes,
            Long personId, Long organisationId) {

        InteractionDetails details() {
            return new InteractionDetails(kind, occurredAt, subject, notes, personId, organisationId);
        }
    }

    /** An interaction as the API shows it, with the names of whom it was with. */
    public record InteractionView(long id, InteractionKind kind, Instant occurredAt, String subject, String notes,
            Long personId, String personName, Long organisationId, String organisationName, String author,
            Instant recordedAt, long version) {

        /** The views of a list of interactions, their subjects named in one go. */
        static List<InteractionView> of(List<Interaction> list, Subjects subjects) {
            Subjects.Names names = subjects.namesOf(list, Interaction::personId, Interaction::organisationId,
                    i -> null);
            return list.stream().map(i -> of(i, names)).toList();
        }

        static InteractionView of(Interaction i, Subjects.Names names) {
            return new InteractionView(i.id(), i.kind(), i.occurredAt(), i.subject(), i.notes(), i.personId(),
                    names.person(i.personId()), i.organisationId(), names.organisation(i.organisationId()),
                    i.author(), i.recordedAt(), i.version());
        }
    }

    @Inject
    Interactions interactions;

    @Inject
    Subjects subjects;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "Interactions, newest first; householdId gives those with its members")
    public Page<InteractionView> list(@QueryParam("personId") Long personId,
            @QueryParam("organisationId") Long organisationId, @QueryParam("householdId") Long householdId,
            @QueryParam("kind") InteractionKind kind, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, Interactions.SORTS.keySet(), "occurredAt,desc");
        Page<Interaction> found = interactions.search(new Interactions.Filter(personId, organisationId, householdId,
                kind), request);
        return new Page<>(InteractionView.of(found.items(), subjects), found.page(), found.size(), found.total());
    }

    @POST
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Log an interaction with a person, or an organisation and optionally one of its persons")
    public Response create(InteractionInput input, @Context UriInfo uri) {
        Interaction i = interactions.log(input.details(), caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(i.id())).build())
                .tag(Versions.tag(i.version())).entity(view(i)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One interaction; the ETag is the version to send back in If-Match")
    public Response get(@PathParam("id") long id) {
        Interaction i = interactions.find(id);
        return Response.ok(view(i)).tag(Versions.tag(i.version())).build();
    }

    @PUT
    @Path("{id}")
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Replace an interaction (its author or an administrator); If-Match required")
    public Response update(@PathParam("id") long id, InteractionInput input, @Context HttpHeaders headers) {
        Interaction i = interactions.update(id, Versions.expected(headers), input.details(), caller.get());
        return Response.ok(view(i)).tag(Versions.tag(i.version())).build();
    }

    @DELETE
    @Path("{id}")
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Delete an interaction (its author or an administrator)")
    public Response delete(@PathParam("id") long id) {
        interactions.delete(id, caller.get());
        return Response.noContent().build();
    }

    private InteractionView view(Interaction i) {
        return InteractionView.of(List.of(i), subjects).get(0);
    }
}
