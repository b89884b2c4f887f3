package org.sillon.followup.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.followup.boundary.TaskDetails;
import org.sillon.platform.entity.Message;

/**
 * Something someone on the staff has to do by a date (tâche de suivi), possibly about a person, an
 * organisation or a household. Open until marked done; late when still open after its due day, counted in
 * Paris days.
 */
@Entity
@Table(name = "follow_up_task")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class FollowUpTask {

    @Id
    @SequenceGenerator(name = "follow_up_task_seq", sequenceName = "follow_up_task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_task_seq")
    private Long id;

    @Column(nullable = false)
    private String title;

    private String notes;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private String owner;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "household_id")
    private Long householdId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "done_at")
    @Convert(converter = InstantConverter.class)
    private Instant doneAt;

    @Column(name = "done_by")
    private String doneBy;

    @Version
    private long version;

    protected FollowUpTask() {
        // for JPA
    }

    public FollowUpTask(TaskDetails details, String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(details);
    }

    /** Replaces what the task says; it is about at most one person, organisation or household. */
    public final void describe(TaskDetails d) {
        String t = Texts.title("title", d.title());
        String n = Texts.notes(d.notes());
        if (d.dueOn() == null) {
            throw new InvalidValue("dueOn", Message.of("required"));
        }
        if (d.owner() == null || d.owner().isBlank()) {
            throw new InvalidValue("owner", Message.of("required"));
        }
        int subjects = (d.personId() == null ? 0 : 1) + (d.organisationId() == null ? 0 : 1)
                + (d.householdId() == null ? 0 : 1);
        if (subjects > 1) {
            throw new InvalidValue("personId", Message.of("followup.oneSubject"));
        }
        this.title = t;
        this.notes = n;
        this.dueOn = d.dueOn();
        this.owner = d.owner().strip().toLowerCase(java.util.Locale.ROOT);
        this.personId = d.personId();
        this.organisationId = d.organisationId();
        this.householdId = d.householdId();
    }

    public boolean isDone() {
        return doneAt != null;
    }

    /** Open and due before {@code today}, the day it is in Paris. */
    public boolean isLateOn(LocalDate today) {
        return !isDone() && dueOn.isBefore(today);
    }

    public void markDone(String by, Instant now) {
        if (isDone()) {
            throw new InvalidValue("state", Message.of("followup.alreadyDone"));
        }
        this.doneAt = now;
        this.doneBy = by;
    }

    public void reopen() {
        if (!isDone()) {
            throw new InvalidValue("state", Message.of("followup.notDone"));
        }
        this.doneAt = null;
        this.doneBy = null;
    }

    /** Whether the caller may mark it done or reopen it: its owner, or an editor of the registry. */
    public boolean closableBy(Caller caller) {
        return caller.in(Audience.REGISTRY_EDITORS) || caller.is(owner);
    }

    /** A merge moves tasks about the merged person to the survivor. */
    public void movePerson(long survivorId) {
        this.personId = survivorId;
    }

    /** Its subject is deleted: a done task stays as a record of work done, about nobody. */
    public void detachSubject() {
        if (!isDone()) {
            throw new IllegalStateException("task " + id + " is open: its subject's deletion must be refused");
        }
        this.personId = null;
        this.organisationId = null;
        this.householdId = null;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("notes", notes);
        s.put("dueOn", dueOn);
        s.put("owner", owner);
        s.put("personId", personId);
        s.put("organisationId", organisationId);
        s.put("householdId", householdId);
        s.put("doneAt", doneAt);
        s.put("doneBy", doneBy);
        return s;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String notes() {
        return notes;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String owner() {
        return owner;
    }

    public Long personId() {
        return personId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Long householdId() {
        return householdId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String doneBy() {
        return doneBy;
    }

    public long version() {
        return version;
    }
}
