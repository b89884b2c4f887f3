package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sillon.people.entity.PersonNote;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.entity.Message;

/**
 * Free notes about persons. The server sets author and date; a note is never edited, and only its author or
 * an administrator deletes it.
 */
@ApplicationScoped
@Transactional
@ReferenceHandler(tables = "person_note")
public class PersonNotes implements PersonalDataSource {

    /** How notes are named in the audit trail. */
    public static final String AUDIT_TYPE = "PersonNote";

    /** A note as the API, the page and a personal-data export show it. */
    public record NoteView(long id, long personId, String author, Instant writtenAt, String text) {

        static NoteView of(PersonNote n) {
            return new NoteView(n.id(), n.personId(), n.author(), n.writtenAt(), n.text());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Persons persons;

    /** The person's notes, newest first. */
    public List<NoteView> of(long personId) {
        persons.requireKnown(personId);
        return notes(personId).stream().map(NoteView::of).toList();
    }

    /** The person each of these notes is about, by note id; a note deleted since is left out. */
    public Map<Long, Long> personIds(Set<Long> noteIds) {
        Map<Long, Long> persons = new HashMap<>();
        em.createQuery("select n.id, n.personId from PersonNote n where n.id in :ids", Object[].class)
                .setParameter("ids", noteIds).getResultList()
                .forEach(row -> persons.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return persons;
    }

    public NoteView find(long personId, long noteId) {
        return NoteView.of(note(personId, noteId));
    }

    /** Writes a note signed by the caller. */
    public NoteView add(long personId, String text, Caller author) {
        persons.requireKnown(personId);
        PersonNote note = ProblemException.onField("text",
                () -> new PersonNote(personId, author.username(), clock.instant(), text));
        em.persist(note);
        em.flush();
        audit.created(AUDIT_TYPE, note.id(), note.auditState());
        return NoteView.of(note);
    }

    public void delete(long personId, long noteId, Caller by) {
        PersonNote note = note(personId, noteId);
        if (!mayDelete(NoteView.of(note), by)) {
            throw new ProblemException(Response.Status.FORBIDDEN, "not-author", Message.of("title.forbidden"),
                    Message.of("note.notAuthor"), List.of());
        }
        remove(note);
    }

    /** Whether the caller may delete the note: its author or an administrator. */
    public boolean mayDelete(NoteView note, Caller caller) {
        return caller.isAdmin() || caller.is(note.author());
    }

    @Override
    public String section() {
        return "notes";
    }

    @Override
    public Object collect(long personId) {
        return notes(personId).stream().map(NoteView::of).toList();
    }

    void merged(@Observes PersonsMerged e) {
        for (PersonNote n : notes(e.mergedId())) {
            Map<String, Object> before = n.auditState();
            n.moveTo(e.survivorId());
            audit.updated(AUDIT_TYPE, n.id(), before, n.auditState());
        }
    }

    void erased(@Observes PersonErased e) {
        notes(e.personId()).forEach(this::remove);
    }

    void deleting(@Observes PersonDeleting e) {
        notes(e.personId()).forEach(this::remove);
    }

    private void remove(PersonNote note) {
        audit.deleted(AUDIT_TYPE, note.id(), note.auditState());
        em.remove(note);
    }

    private List<PersonNote> notes(long personId) {
        return em.createQuery("select n from PersonNote n where n.personId = :person order by n.writtenAt desc, n.id desc",
                PersonNote.class).setParameter("person", personId).getResultList();
    }

    private PersonNote note(long personId, long noteId) {
        PersonNote note = em.find(PersonNote.class, noteId);
        if (note == null || note.personId() != personId) {
            throw ProblemException.notFound(Message.of("notFound.note", noteId));
        }
        return note;
    }
}
