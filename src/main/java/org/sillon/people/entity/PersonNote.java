package org.sillon.people.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;

/** A free note about a person, written by a member of staff; kept as written (deleted, never edited). */
@Entity
@Table(name = "person_note")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class PersonNote {

    public static final int MAX_TEXT = 4000;

    @Id
    @SequenceGenerator(name = "person_note_seq", sequenceName = "person_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_note_seq")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant writtenAt;

    @Column(nullable = false, updatable = false)
    private String text;

    protected PersonNote() {
        // for JPA
    }

    /** Refuses a blank or too long text; keeps the text's own line breaks, trimmed at both ends. */
    public PersonNote(long personId, String author, Instant writtenAt, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidValue("text", Message.of("required"));
        }
        if (t.length() > MAX_TEXT) {
            throw new InvalidValue("text", Message.of("max.length", MAX_TEXT));
        }
        this.personId = personId;
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = t;
    }

    /** A merge gives the note to the surviving person. */
    public void moveTo(long survivorId) {
        this.personId = survivorId;
    }

    /** What the audit trail keeps: not the text, which is personal data an erasure must be able to remove. */
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("personId", personId);
        s.put("author", author);
        s.put("writtenAt", writtenAt);
        return s;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public String author() {
        return author;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String text() {
        return text;
    }
}
