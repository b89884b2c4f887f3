package org.sillon.platform.control;

/**
 * A background job's row as read: what it works on ({@code kind} names its {@link JobHandler}, {@code subjectId}
 * a row of the handler's component), who started it, where its last committed chunk ended, and how it is
 * held. {@code claims} counts the times a server took it and fences its chunk commits: a server whose claim is
 * no longer the latest cannot commit. {@code failures} counts failed chunks and takeovers since the last
 * committed chunk; {@code failure} says why the work was given up, once it was. It runs for the association
 * that submitted it.
 */
public record Job(long id, long associationId, String kind, Long subjectId, String actor, JobStatus status, String checkpoint,
        int progress, Integer total, int claims, int failures, String owner, String lastError, String failure) {

    /** Whether the work was given up: its chunks now undo what it did, or it has ended FAILED. */
    public boolean failing() {
        return failure != null;
    }
}
