package org.sillon.followup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sillon.accounts.boundary.Accounts;
import org.sillon.followup.control.Subjects;
import org.sillon.followup.entity.FollowUpTask;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.PagedLazyModel;
import org.sillon.platform.boundary.UserSession;

/** The list of tasks: a lazy table narrowed by owner (the person using it, by default) and state. */
@Named
@ViewScoped
public class TasksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Tasks tasks;

    @Inject
    Subjects subjects;

    @Inject
    Accounts accounts;

    @Inject
    UserSession user;

    private String owner;
    private TaskState state = TaskState.OPEN;
    private PagedLazyModel<FollowUpTask> model;

    @PostConstruct
    void init() {
        owner = user.getUsername();
        model = new PagedLazyModel<>((filters, page) -> tasks.search(
                new Tasks.Filter(owner, state, null, null, null), page), Tasks.SORTS.keySet(), "dueOn", FollowUpTask::id);
    }

    public void markDone(long id) {
        Faces.attempt(true, "tasks", () -> {
            tasks.markDone(id, user.getUsername(), user.isPeopleEditor());
            Faces.info("task.doneSaved");
            return null;
        }, null);
    }

    public boolean mayClose(FollowUpTask t) {
        return !t.isDone() && (user.isPeopleEditor() || t.owner().equals(user.getUsername()));
    }

    public boolean isLate(FollowUpTask t) {
        return tasks.isLate(t);
    }

    /** Whom the task is about, for the table: a person, an organisation, a household, or nobody. */
    public String about(FollowUpTask t) {
        String person = subjects.personName(t.personId());
        String organisation = subjects.organisationName(t.organisationId());
        return person != null ? person : organisation != null ? organisation : subjects.householdName(t.householdId());
    }

    public List<String> getOwners() {
        return accounts.staffUsernames();
    }

    public TaskState[] getStates() {
        return TaskState.values();
    }

    public PagedLazyModel<FollowUpTask> getModel() {
        return model;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public TaskState getState() {
        return state;
    }

    public void setState(TaskState state) {
        this.state = state;
    }
}
