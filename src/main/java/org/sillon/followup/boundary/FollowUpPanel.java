package org.sillon.followup.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.sillon.accounts.boundary.Accounts;
import org.sillon.followup.control.Subjects;
import org.sillon.followup.entity.Interaction;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.entity.ParisTime;

/**
 * The follow-up of one person, organisation or household, shown on its page by
 * {@code WEB-INF/includes/followup.xhtml}: its interactions newest first, its tasks, and the dialogs that
 * log an interaction and set a task. A household's interactions are those with its members.
 */
@Named("followUp")
@ViewScoped
public class FollowUpPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @Inject
    Interactions interactions;

    @Inject
    Tasks tasks;

    @Inject
    Subjects subjects;

    @Inject
    Accounts accounts;

    @Inject
    UserSession user;

    private String subjectKind;
    private Long subjectId;
    private transient List<InteractionsResource.InteractionView> timeline;
    private transient List<TasksResource.TaskView> taskList;
    /** The names of the owners of the tasks shown, by username, read with them. */
    private transient Map<String, String> ownerNames;
    private transient Map<String, String> owners;

    private InteractionKind kind = InteractionKind.CALL;
    private LocalDateTime occurredAt;
    private String subject;
    private String notes;
    private Long withPersonId;

    private String title;
    private String taskNotes;
    private LocalDate dueOn;
    private String owner;

    /**
     * Binds the panel to the record of the page ("person", "organisation" or "household"); answers whether
     * there is one to follow (a new record has no id yet).
     */
    public boolean show(String kindOfSubject, Long id) {
        if (id != null && !(id.equals(subjectId) && kindOfSubject.equals(subjectKind))) {
            subjectKind = kindOfSubject;
            subjectId = id;
            timeline = null;
            taskList = null;
            resetInteraction();
            resetTask();
        }
        return id != null;
    }

    public List<InteractionsResource.InteractionView> getTimeline() {
        if (timeline == null) {
            Interactions.Filter filter = new Interactions.Filter(is("person") ? subjectId : null,
                    is("organisation") ? subjectId : null, is("household") ? subjectId : null, null);
            timeline = InteractionsResource.InteractionView.of(
                    interactions.search(filter, new PageRequest(0, SHOWN, "occurredAt", true)).items(), subjects);
        }
        return timeline;
    }

    public List<TasksResource.TaskView> getTasks() {
        if (taskList == null) {
            Tasks.Filter filter = new Tasks.Filter(null, null, is("person") ? subjectId : null,
                    is("organisation") ? subjectId : null, is("household") ? subjectId : null);
            taskList = TasksResource.TaskView.of(
                    tasks.search(filter, new PageRequest(0, SHOWN, "dueOn", false)).items(), tasks, subjects);
            ownerNames = accounts.displayNames(taskList.stream().map(TasksResource.TaskView::owner).toList());
        }
        return taskList;
    }

    /** The name of a task's owner, as their account gives it. */
    public String ownerName(TasksResource.TaskView t) {
        getTasks();
        return ownerNames.getOrDefault(t.owner(), t.owner());
    }

    /** On a household's page, whom among its members the interaction was with. */
    public Map<Long, String> getMembers() {
        return is("household") ? subjects.householdMemberNames(subjectId) : Map.of();
    }

    /** Whom a task can be given to, by username, with their names. */
    public Map<String, String> getOwners() {
        if (owners == null) {
            owners = accounts.staffNames();
        }
        return owners;
    }

    public InteractionKind[] getKinds() {
        return InteractionKind.values();
    }

    public void logInteraction() {
        Faces.attempt(user.isPeopleEditor(), "followupInteraction", () -> {
            Long personId = is("person") ? subjectId : withPersonId;
            Long organisationId = is("organisation") ? subjectId : null;
            interactions.log(new InteractionDetails(kind, occurredAt == null ? null
                    : ParisTime.instantOf(occurredAt), subject, notes, personId, organisationId), user.caller());
            done("interactionDialog");
            resetInteraction();
            timeline = null;
            return null;
        }, null);
    }

    public void deleteInteraction(long id) {
        Faces.attempt(user.isPeopleEditor(), "followupInteraction", () -> {
            interactions.delete(id, user.caller());
            timeline = null;
            return null;
        }, null);
    }

    /** Whether the person using the page may delete this interaction: its author or an administrator. */
    public boolean mayDelete(InteractionsResource.InteractionView i) {
        return user.isPeopleEditor() && Interaction.editableBy(i.author(), user.caller());
    }

    public void addTask() {
        Faces.attempt(user.isPeopleEditor(), "followupTask", () -> {
            tasks.create(new TaskDetails(title, taskNotes, dueOn, owner, is("person") ? subjectId : null,
                    is("organisation") ? subjectId : null, is("household") ? subjectId : null), user.caller());
            done("taskDialog");
            resetTask();
            taskList = null;
            return null;
        }, null);
    }

    public void markDone(long id) {
        Faces.attempt(true, "followupTasks", () -> {
            tasks.markDone(id, user.caller());
            taskList = null;
            return null;
        }, () -> taskList = null);
    }

    private void done(String dialog) {
        Faces.info("form.saved");
        // said once, at the top of the page: the dialog closes, and the cards hold no messages of their own
        PrimeFaces.current().ajax().update("messages");
        PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
    }

    private void resetInteraction() {
        kind = InteractionKind.CALL;
        occurredAt = interactions.nowInParis().truncatedTo(ChronoUnit.MINUTES);
        subject = null;
        notes = null;
        withPersonId = is("household") ? getMembers().keySet().stream().findFirst().orElse(null) : null;
    }

    private void resetTask() {
        title = null;
        taskNotes = null;
        dueOn = tasks.today().plusDays(7);
        owner = user.getUsername();
    }

    private boolean is(String kindOfSubject) {
        return kindOfSubject.equals(subjectKind);
    }

    public InteractionKind getKind() {
        return kind;
    }

    public void setKind(InteractionKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getWithPersonId() {
        return withPersonId;
    }

    public void setWithPersonId(Long withPersonId) {
        this.withPersonId = withPersonId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTaskNotes() {
        return taskNotes;
    }

    public void setTaskNotes(String taskNotes) {
        this.taskNotes = taskNotes;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
