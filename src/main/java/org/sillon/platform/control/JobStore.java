package org.sillon.platform.control;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * What {@link JobLoop} needs of the job rows. Every call is a transaction of its own and is fenced on the
 * job's claim: it writes only if the job is still held by that claim, else it throws {@link LeaseLost} (or,
 * for calls that merely hand the job back, does nothing).
 */
public interface JobStore {

    /**
     * Runs {@code chunk} and commits the checkpoint it returns in the same transaction, renewing the lease and
     * clearing the failure count; after the last chunk the job ends DONE, or FAILED when its work was given up.
     */
    JobRun.Chunk commitChunk(Job job, Supplier<JobRun.Chunk> chunk);

    /** Hands the job back after a transient failure: any server may claim it again once {@code delay} has passed. */
    void retryLater(Job job, Duration delay, String error);

    /**
     * Records that the work is given up, with {@code fail} (the run's own record of it) in the same
     * transaction; stores the undo checkpoint {@code fail} returns, or ends the job FAILED when it returns null.
     */
    String fail(Job job, String failure, Supplier<String> fail);

    /** Ends the job FAILED after its undo phase was refused, with {@code abandon} in the same transaction. */
    void abandon(Job job, String error, Runnable abandon);

    /** Hands the job back at once, for another server (or this one, restarted) to go on: this server stops. */
    void release(Job job);
}
