package org.sillon.followup.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sillon.followup.control.Subjects;
import org.sillon.followup.entity.FollowUpTask;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.PageRequest;

/**
 * The home page's "my tasks" card: the open tasks of the person using it, each linking to whom it is about,
 * the late ones counted.
 */
@Named
@ViewScoped
public class MyTasks implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    @Inject
    Tasks tasks;

    @Inject
    Subjects subjects;

    @Inject
    UserSession user;

    private transient List<FollowUpTask> open;
    /** Whom the open tasks shown are about, read with them. */
    private transient Subjects.Names names;
    private transient Long total;
    private transient Long late;

    public List<FollowUpTask> getOpen() {
        if (open == null) {
            var page = tasks.search(new Tasks.Filter(user.getUsername(), TaskState.OPEN, null, null, null),
                    new PageRequest(0, SHOWN, "dueOn", false));
            open = page.items();
            total = page.total();
            names = subjects.namesOf(open, FollowUpTask::personId, FollowUpTask::organisationId,
                    FollowUpTask::householdId);
        }
        return open;
    }

    /** How many open tasks there are in all, beyond those shown. */
    public long getTotal() {
        getOpen();
        return total;
    }

    public long getLate() {
        if (late == null) {
            late = tasks.search(new Tasks.Filter(user.getUsername(), TaskState.LATE, null, null, null),
                    new PageRequest(0, 1, "dueOn", false)).total();
        }
        return late;
    }

    /** Whom the task is about, with its page; null for a task about nobody in particular. */
    public Subjects.Subject about(FollowUpTask t) {
        getOpen();
        return names.about(t.personId(), t.organisationId(), t.householdId());
    }

    public boolean isLate(FollowUpTask t) {
        return tasks.isLate(t);
    }

    public void markDone(long id) {
        Faces.attempt(true, "myTasks", () -> {
            tasks.markDone(id, user.caller());
            forget();
            return null;
        }, this::forget);
    }

    private void forget() {
        open = null;
        late = null;
    }
}
