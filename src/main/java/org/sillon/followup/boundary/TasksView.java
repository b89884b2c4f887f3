package org.sillon.followup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.sillon.accounts.boundary.Accounts;
import org.sillon.followup.control.Subjects;
import org.sillon.followup.entity.FollowUpTask;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.PagedLazyModel;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.Page;

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
    /** Whom the tasks of the page shown are about, read with the page. */
    private transient Subjects.Names names;
    /** The names of the owners of the tasks of the page shown, by username, read with the page. */
    private transient Map<String, String> ownerNames;
    private transient Map<String, String> owners;

    @PostConstruct
    void init() {
        owner = user.getUsername();
        model = new PagedLazyModel<>((filters, page) -> {
            Page<FollowUpTask> found = tasks.search(new Tasks.Filter(owner, state, null, null, null), page);
            names = subjects.namesOf(found.items(), FollowUpTask::personId, FollowUpTask::organisationId,
                    FollowUpTask::householdId);
            ownerNames = accounts.displayNames(found.items().stream().map(FollowUpTask::owner).toList());
            return found;
        }, Tasks.SORTS.keySet(), "dueOn", FollowUpTask::id);
    }

    public void markDone(long id) {
        Faces.attempt(true, "tasks", () -> {
            tasks.markDone(id, user.caller());
            Faces.info("task.doneSaved");
            return null;
        }, null);
    }

    public boolean mayClose(FollowUpTask t) {
        return !t.isDone() && t.closableBy(user.caller());
    }

    public boolean isLate(FollowUpTask t) {
        return tasks.isLate(t);
    }

    /** Whom the task is about, with its page: a person, an organisation, a household, or nobody (null). */
    public Subjects.Subject about(FollowUpTask t) {
        // the page's names, read with its rows; a row drawn without them (a restored view) is named alone
        Subjects.Names known = names != null ? names : subjects.namesOf(List.of(t), FollowUpTask::personId,
                FollowUpTask::organisationId, FollowUpTask::householdId);
        return known.about(t.personId(), t.organisationId(), t.householdId());
    }

    /** The name of the task's owner, as their account gives it. */
    public String ownerName(FollowUpTask t) {
        Map<String, String> known = ownerNames != null ? ownerNames : accounts.displayNames(List.of(t.owner()));
        return known.getOrDefault(t.owner(), t.owner());
    }

    /** Whom tasks can be given to, by username, with their names. */
    public Map<String, String> getOwners() {
        if (owners == null) {
            owners = accounts.staffNames();
        }
        return owners;
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
