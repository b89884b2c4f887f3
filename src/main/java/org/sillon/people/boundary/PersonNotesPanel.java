package org.sillon.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;

/** The notes panel of a person's page: the notes, newest first; writing one; deleting one's own. */
@Named("personNotes")
@ViewScoped
public class PersonNotesPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonNotes notes;

    @Inject
    PersonPage page;

    @Inject
    UserSession user;

    private String text;
    private List<PersonNotes.NoteView> shown;

    public List<PersonNotes.NoteView> getNotes() {
        if (shown == null) {
            shown = page.getId() == null ? List.of() : notes.of(page.getId());
        }
        return shown;
    }

    public String add() {
        return Faces.attempt(user.isPeopleEditor(), "notes", () -> {
            notes.add(page.getId(), text, user.caller());
            Faces.info("note.added");
            return page.reload();
        }, null);
    }

    public String delete(long noteId) {
        return Faces.attempt(user.isPeopleEditor(), "notes", () -> {
            notes.delete(page.getId(), noteId, user.caller());
            Faces.info("form.deleted");
            return page.reload();
        }, null);
    }

    /** Whether the delete button shows: for the note's author and administrators. */
    public boolean mayDelete(PersonNotes.NoteView note) {
        return user.isPeopleEditor() && notes.mayDelete(note, user.caller());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
