package org.sillon.platform.control;

/**
 * Where a background job stands: waiting for its first claim, claimed (running, or waiting to be retried or
 * taken over), ended after its last chunk, or given up (after its undo phase, if it had one).
 */
public enum JobStatus {
    QUEUED, RUNNING, DONE, FAILED
}
