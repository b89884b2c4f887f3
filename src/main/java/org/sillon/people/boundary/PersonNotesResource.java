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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;

/** Free notes about a person. Staff read them; the animator and administrators write them. */
@Path("v1/persons/{personId}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class PersonNotesResource {

    /** A note as clients send it; author and date are the server's. */
    public record NoteInput(String text) {
    }

    @Inject
    PersonNotes notes;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "The person's notes, newest first")
    public List<PersonNotes.NoteView> list(@PathParam("personId") long personId) {
        return notes.of(personId);
    }

    @GET
    @Path("{noteId}")
    @Operation(summary = "One note of the person")
    public PersonNotes.NoteView get(@PathParam("personId") long personId, @PathParam("noteId") long noteId) {
        return notes.find(personId, noteId);
    }

    @POST
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Write a note about the person, signed by the caller and dated now")
    public Response add(@PathParam("personId") long personId, NoteInput input, @Context UriInfo uri) {
        PersonNotes.NoteView note = notes.add(personId, input.text(), caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(note.id())).build()).entity(note).build();
    }

    @DELETE
    @Path("{noteId}")
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Delete a note; only its author or an administrator may")
    public Response delete(@PathParam("personId") long personId, @PathParam("noteId") long noteId) {
        notes.delete(personId, noteId, caller.get());
        return Response.noContent().build();
    }
}
