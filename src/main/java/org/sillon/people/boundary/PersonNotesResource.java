package org.sillon.people.boundary;

import jakarta.annotation.security.RolesAllowed;
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
import org.sillon.accounts.entity.Role;

/** Free notes about a person. Staff read them; the animator and administrators write them. */
@Path("v1/persons/{personId}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.S_ADMIN, Role.S_ANIMATOR, Role.S_TREASURER, Role.S_GARDEN})
public class PersonNotesResource {

    /** A note as clients send it; author and date are the server's. */
    public record NoteInput(String text) {
    }

    @Inject
    PersonNotes notes;

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
    @RolesAllowed({Role.S_ADMIN, Role.S_ANIMATOR})
    @Operation(summary = "Write a note about the person, signed by the caller and dated now")
    public Response add(@PathParam("personId") long personId, NoteInput input, @Context UriInfo uri) {
        PersonNotes.NoteView note = notes.add(personId, input.text());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(note.id())).build()).entity(note).build();
    }

    @DELETE
    @Path("{noteId}")
    @RolesAllowed({Role.S_ADMIN, Role.S_ANIMATOR})
    @Operation(summary = "Delete a note; only its author or an administrator may")
    public Response delete(@PathParam("personId") long personId, @PathParam("noteId") long noteId) {
        notes.delete(personId, noteId);
        return Response.noContent().build();
    }
}
