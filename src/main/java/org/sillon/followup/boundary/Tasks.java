package org.sillon.followup.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sillon.accounts.boundary.Accounts;
import org.sillon.followup.control.Subjects;
import org.sillon.followup.entity.FollowUpTask;
import org.sillon.people.boundary.Deletion;
import org.sillon.people.boundary.HouseholdDeleting;
import org.sillon.people.boundary.OrganisationDeleting;
import org.sillon.people.boundary.PersonDeleting;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.ReferenceHandler;
import org.sillon.people.boundary.PersonalDataSource;
import org.sillon.people.boundary.PersonsMerged;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.PagedQuery;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Message;

/**
 * Follow-up tasks: editors of the registry set them for any staff member; the owner (or an editor) marks
 * one done or reopens it.
 */
@ApplicationScoped
@Transactional
@ReferenceHandler(tables = "follow_up_task")
public class Tasks implements PersonalDataSource {

    public static final String AUDIT_TYPE = "Task";

    /** What a list can be narrowed to; {@code owner} is a username. */
    public record Filter(String owner, TaskState state, Long personId, Long organisationId, Long householdId) {
    }

    public static final Map<String, String> SORTS = Map.of(
            "dueOn", "t.dueOn",
            "title", "lower(t.title)",
            "owner", "t.owner",
            "createdAt", "t.createdAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Subjects subjects;

    @Inject
    Accounts accounts;

    public FollowUpTask create(TaskDetails details, Caller by) {
        FollowUpTask task = ProblemException.onField("body", () -> new FollowUpTask(details, by.username(), clock.instant()));
        checkReferences(task);
        em.persist(task);
        em.flush(); // the version in the answer is the one stored
        audit.created(AUDIT_TYPE, task.id(), task.auditState());
        return task;
    }

    /** Creates a task as {@link #create} does and answers its id, for other components. */
    public long register(TaskDetails details, Caller by) {
        return create(details, by).id();
    }

    public FollowUpTask update(long id, long expectedVersion, TaskDetails details) {
        FollowUpTask task = find(id);
        Versions.check(expectedVersion, task.version());
        Map<String, Object> before = task.auditState();
        ProblemException.onField("body", () -> task.describe(details));
        checkReferences(task);
        return changed(task, before);
    }

    /** Marks the task done; its owner or an editor of the registry may. */
    public FollowUpTask markDone(long id, Caller by) {
        FollowUpTask task = closable(id, by);
        Map<String, Object> before = task.auditState();
        ProblemException.onField("state", () -> task.markDone(by.username(), clock.instant()));
        return changed(task, before);
    }

    public FollowUpTask reopen(long id, Caller by) {
        FollowUpTask task = closable(id, by);
        Map<String, Object> before = task.auditState();
        ProblemException.onField("state", task::reopen);
        return changed(task, before);
    }

    public void delete(long id) {
        FollowUpTask task = find(id);
        audit.deleted(AUDIT_TYPE, task.id(), task.auditState());
        em.remove(task);
    }

    private FollowUpTask closable(long id, Caller by) {
        FollowUpTask task = find(id);
        if (!task.closableBy(by)) {
            throw ProblemException.forbidden(Message.of("followup.notOwner", task.owner()));
        }
        return task;
    }

    private FollowUpTask changed(FollowUpTask task, Map<String, Object> before) {
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, task.id(), before, task.auditState());
        return task;
    }

    /** The owner must be an enabled staff account; the subject must exist. */
    private void checkReferences(FollowUpTask task) {
        if (!accounts.staffUsernames().contains(task.owner())) {
            throw ProblemException.invalid("owner", Message.of("followup.ownerUnknown", task.owner()));
        }
        subjects.require(task.personId(), task.organisationId(), task.householdId());
    }

    public FollowUpTask find(long id) {
        FollowUpTask task = em.find(FollowUpTask.class, id);
        if (task == null) {
            throw ProblemException.notFound(Message.of("notFound.task", id));
        }
        return task;
    }

    public Page<FollowUpTask> search(Filter filter, PageRequest page) {
        TaskState state = filter.state();
        return PagedQuery.of(em, FollowUpTask.class, "t", "FollowUpTask t")
                .where("t.owner = :owner", "owner", filter.owner() == null ? null : filter.owner().strip().toLowerCase(java.util.Locale.ROOT))
                .where(state == TaskState.OPEN || state == TaskState.LATE, "t.doneAt is null")
                .where(state == TaskState.DONE, "t.doneAt is not null")
                .where("t.dueOn < :today", "today", state == TaskState.LATE ? today() : null)
                .where("t.personId = :person", "person", filter.personId())
                .where("t.organisationId = :organisation", "organisation", filter.organisationId())
                .where("t.householdId = :household", "household", filter.householdId())
                .fetch(page, SORTS);
    }

    /** Today in Paris, from the application's clock: what "late" is measured against. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean isLate(FollowUpTask task) {
        return task.isLateOn(today());
    }

    /** Tasks about the merged person are now about the survivor. */
    void on(@Observes PersonsMerged merged) {
        for (FollowUpTask t : about(merged.mergedId())) {
            Map<String, Object> before = t.auditState();
            t.movePerson(merged.survivorId());
            audit.updated(AUDIT_TYPE, t.id(), before, t.auditState());
        }
    }

    /** Tasks about an erased person go; the trail keeps that they were erased, not what they said. */
    void on(@Observes PersonErased erased) {
        for (FollowUpTask t : about(erased.personId())) {
            audit.forget(AUDIT_TYPE, t.id()); // earlier lines held what was written
            em.remove(t);
        }
    }

    /**
     * An open task about a record is work someone still has to do: the record's deletion is refused until
     * the task is done or deleted, a decision for its owner rather than a side effect. Done tasks stay, about
     * nobody, as a record of the work done.
     */
    void on(@Observes PersonDeleting deleting) {
        holdOrDetach(deleting, "personId", deleting.personId());
    }

    void on(@Observes HouseholdDeleting deleting) {
        holdOrDetach(deleting, "householdId", deleting.householdId());
    }

    void on(@Observes OrganisationDeleting deleting) {
        holdOrDetach(deleting, "organisationId", deleting.organisationId());
    }

    private void holdOrDetach(Deletion deletion, String subject, long id) {
        List<FollowUpTask> tasks = em.createQuery("select t from FollowUpTask t where t." + subject + " = :id"
                + " order by t.dueOn, t.id", FollowUpTask.class).setParameter("id", id).getResultList();
        List<String> open = tasks.stream().filter(t -> !t.isDone()).map(t -> t.title() + " (" + t.owner() + ")")
                .toList();
        if (!open.isEmpty()) {
            deletion.refuse(Message.of("deletion.openTasks", String.join(", ", open)));
            return;
        }
        for (FollowUpTask t : tasks) {
            Map<String, Object> before = t.auditState();
            t.detachSubject();
            audit.updated(AUDIT_TYPE, t.id(), before, t.auditState());
        }
    }

    private List<FollowUpTask> about(long personId) {
        return em.createQuery("select t from FollowUpTask t where t.personId = :person order by t.dueOn", FollowUpTask.class)
                .setParameter("person", personId).getResultList();
    }

    @Override
    public String section() {
        return "tasks";
    }

    @Override
    public Object collect(long personId) {
        return TasksResource.TaskView.of(about(personId), this, subjects);
    }
}
