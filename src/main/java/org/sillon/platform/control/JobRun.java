package org.sillon.platform.control;

/**
 * One server's run of a claimed job, from its last committed checkpoint. {@link JobLoop} calls {@link #next}
 * in a transaction of its own per chunk, and commits the checkpoint the chunk returns in that same transaction:
 * either both the chunk's writes and its checkpoint are stored, or neither. A run resumed elsewhere after a
 * crash therefore starts exactly after the last committed chunk.
 */
public interface JobRun {

    /** Where a chunk ended: the checkpoint to resume from, the progress to show, and whether it was the last. */
    record Chunk(String checkpoint, int progress, boolean last) {

        public static Chunk next(String checkpoint, int progress) {
            return new Chunk(checkpoint, progress, false);
        }

        public static Chunk last(int progress) {
            return new Chunk(null, progress, true);
        }
    }

    /**
     * Does the next chunk of work after {@code checkpoint} (null before the first) in the caller's transaction.
     * Throwing rolls the chunk back: a transient failure (a lost connection, a serialization failure) is
     * retried later from the same checkpoint; any other failure gives the work up (see {@link #fail}).
     */
    Chunk next(String checkpoint);

    /**
     * The work is given up at {@code checkpoint}: a chunk was refused, or failed too many times. Called once,
     * in a transaction of its own. Returns the checkpoint of an undo phase, whose chunks {@link #next} then runs
     * (resumable as any other) until its last one, after which the job ends FAILED; or null to end it FAILED at
     * once (nothing to undo).
     */
    String fail(String checkpoint, RuntimeException cause);

    /**
     * The undo phase itself was refused at {@code checkpoint}: the job ends FAILED with this call, in a
     * transaction of its own; the run records what could not be undone.
     */
    void abandon(String checkpoint, RuntimeException cause);
}
