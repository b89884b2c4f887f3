package org.sillon.followup.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.followup.control.Subjects;
import org.sillon.followup.entity.FollowUpTask;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.Versions;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;

/** Follow-up tasks. Staff read them; editors set them; a task's owner may also mark it done or reopen it. */
@Path("v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class TasksResource {

    /** A task as clients send it; the owner is a staff username. */
    public record TaskInput(String title, String notes, LocalDate dueOn, String owner, Long personId,
            Long organisationId, Long householdId) {

        TaskDetails details() {
            return new TaskDetails(title, notes, dueOn, owner, personId, organisationId, householdId);
        }
    }

    /** A task as the API shows it; {@code late} is measured in Paris days. */
    public record TaskView(long id, String title, String notes, LocalDate dueOn, String owner, Long personId,
            String personName, Long organisationId, String organisationName, Long householdId, String householdName,
            boolean done, boolean late, String createdBy, Instant createdAt, Instant doneAt, String doneBy,
            long version) {

        /** The views of a list of tasks, their subjects named in one go. */
        static List<TaskView> of(List<FollowUpTask> list, Tasks tasks, Subjects subjects) {
            Subjects.Names names = subjects.namesOf(list, FollowUpTask::personId, FollowUpTask::organisationId,
                    FollowUpTask::householdId);
            return list.stream().map(t -> of(t, tasks, names)).toList();
        }

        static TaskView of(FollowUpTask t, Tasks tasks, Subjects.Names names) {
            return new TaskView(t.id(), t.title(), t.notes(), t.dueOn(), t.owner(), t.personId(),
                    names.person(t.personId()), t.organisationId(), names.organisation(t.organisationId()),
                    t.householdId(), names.household(t.householdId()), t.isDone(), tasks.isLate(t),
                    t.createdBy(), t.createdAt(), t.doneAt(), t.doneBy(), t.version());
        }
    }

    @Inject
    Tasks tasks;

    @Inject
    Subjects subjects;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "Tasks by due date; owner=me for the caller's; state open, late or done")
    public Page<TaskView> list(@QueryParam("owner") String owner, @QueryParam("state") TaskState state,
            @QueryParam("personId") Long personId, @QueryParam("organisationId") Long organisationId,
            @QueryParam("householdId") Long householdId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, Tasks.SORTS.keySet(), "dueOn");
        String who = "me".equalsIgnoreCase(owner == null ? null : owner.strip()) ? caller.get().username() : owner;
        Page<FollowUpTask> found = tasks.search(new Tasks.Filter(who, state, personId, organisationId, householdId),
                request);
        return new Page<>(TaskView.of(found.items(), tasks, subjects), found.page(), found.size(), found.total());
    }

    @POST
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Set a task for a staff member, optionally about a person, organisation or household")
    public Response create(TaskInput input, @Context UriInfo uri) {
        FollowUpTask t = tasks.create(input.details(), caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(t.id())).build())
                .tag(Versions.tag(t.version())).entity(view(t)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One task; the ETag is the version to send back in If-Match")
    public Response get(@PathParam("id") long id) {
        return answer(tasks.find(id));
    }

    @PUT
    @Path("{id}")
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Replace a task; If-Match must carry the version read (412 when stale)")
    public Response update(@PathParam("id") long id, TaskInput input, @Context HttpHeaders headers) {
        return answer(tasks.update(id, Versions.expected(headers), input.details()));
    }

    @DELETE
    @Path("{id}")
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Delete a task")
    public Response delete(@PathParam("id") long id) {
        tasks.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/done")
    @Operation(summary = "Mark a task done (its owner, or an editor)")
    public Response done(@PathParam("id") long id) {
        return answer(tasks.markDone(id, caller.get()));
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Reopen a done task (its owner, or an editor)")
    public Response reopen(@PathParam("id") long id) {
        return answer(tasks.reopen(id, caller.get()));
    }

    private Response answer(FollowUpTask t) {
        return Response.ok(view(t)).tag(Versions.tag(t.version())).build();
    }

    private TaskView view(FollowUpTask t) {
        return TaskView.of(List.of(t), tasks, subjects).get(0);
    }
}
