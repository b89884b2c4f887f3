package org.sillon.followup.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.followup.boundary.InteractionDetails;
import org.sillon.followup.boundary.InteractionKind;
import org.sillon.platform.entity.Message;

/**
 * A call, meeting, email or letter with a person or an organisation (then possibly with one of its
 * persons). The people it is about are referred to by id: the people component owns them.
 */
@Entity
@Table(name = "interaction")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Interaction {

    @Id
    @SequenceGenerator(name = "interaction_seq", sequenceName = "interaction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interaction_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InteractionKind kind;

    @Column(name = "occurred_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant occurredAt;

    @Column(nullable = false)
    private String subject;

    private String notes;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;

    @Version
    private long version;

    protected Interaction() {
        // for JPA
    }

    public Interaction(InteractionDetails details, String author, Instant now) {
        this.author = author;
        this.recordedAt = now;
        describe(details, now);
    }

    /**
     * Replaces what the interaction says. It is about a person, or an organisation and optionally one of its
     * persons; it cannot have happened later than {@code now}.
     */
    public final void describe(InteractionDetails d, Instant now) {
        if (d.kind() == null) {
            throw new InvalidValue("kind", Message.of("required"));
        }
        if (d.occurredAt() == null) {
            throw new InvalidValue("occurredAt", Message.of("required"));
        }
        if (d.occurredAt().isAfter(now)) {
            throw new InvalidValue("occurredAt", Message.of("followup.future"));
        }
        if (d.personId() == null && d.organisationId() == null) {
            throw new InvalidValue("personId", Message.of("followup.withWhom"));
        }
        String s = Texts.title("subject", d.subject());
        String n = Texts.notes(d.notes());
        this.kind = d.kind();
        this.occurredAt = d.occurredAt();
        this.subject = s;
        this.notes = n;
        this.personId = d.personId();
        this.organisationId = d.organisationId();
    }

    /** A merge moves what was logged with the merged person to the survivor. */
    public void movePerson(long survivorId) {
        this.personId = survivorId;
    }

    /** Whether the caller may change or delete it: its author, or an administrator. */
    public boolean editableBy(Caller caller) {
        return editableBy(author, caller);
    }

    /** The same rule, for a page that shows interactions as views. */
    public static boolean editableBy(String author, Caller caller) {
        return caller.isAdmin() || caller.is(author);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", kind);
        s.put("occurredAt", occurredAt);
        s.put("subject", subject);
        s.put("notes", notes);
        s.put("personId", personId);
        s.put("organisationId", organisationId);
        s.put("author", author);
        return s;
    }

    public Long id() {
        return id;
    }

    public InteractionKind kind() {
        return kind;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String subject() {
        return subject;
    }

    public String notes() {
        return notes;
    }

    public Long personId() {
        return personId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String author() {
        return author;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }
}
