package org.sillon.platform.control;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one claimed job on this server, chunk after chunk, until it ends, waits for a retry, or stops being this
 * server's. A transient failure hands the job back with a delay that doubles at each consecutive failure; a
 * refused chunk, or the {@code maxFailures}-th failure without a committed chunk (takeovers of a job whose
 * server died count too), gives the work up: the run records it and may undo what it did, in resumable chunks.
 * Knows nothing of transactions or SQL: {@link JobStore} does that.
 */
public final class JobLoop {

    private static final Logger LOG = Logger.getLogger(JobLoop.class.getName());

    /** How failures are retried. */
    public record Settings(int maxFailures, Duration retryDelay, Duration maxRetryDelay) {

        public Settings {
            if (maxFailures < 1) {
                throw new IllegalArgumentException("maxFailures must be at least 1");
            }
        }

        /** The wait before the attempt that follows the {@code failures}-th consecutive failure. */
        public Duration delayAfter(int failures) {
            Duration d = retryDelay;
            for (int i = 1; i < failures && d.compareTo(maxRetryDelay) < 0; i++) {
                d = d.multipliedBy(2);
            }
            return d.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : d;
        }
    }

    private final JobStore store;
    private final Settings settings;
    private final BooleanSupplier stopping;

    public JobLoop(JobStore store, Settings settings, BooleanSupplier stopping) {
        this.store = store;
        this.settings = settings;
        this.stopping = stopping;
    }

    public void run(Job job, JobRun run) {
        String checkpoint = job.checkpoint();
        boolean failing = job.failing();
        int failures = job.failures();
        if (failures >= settings.maxFailures()) {
            RuntimeException cause = new IllegalStateException("gave up after " + failures
                    + " attempts without progress" + (job.lastError() == null ? "" : "; last error: " + job.lastError()));
            String undo = giveUp(job, run, checkpoint, failing, cause);
            if (undo == null) {
                return;
            }
            checkpoint = undo;
            failing = true;
            failures = 0;
        }
        while (true) {
            if (stopping.getAsBoolean()) {
                store.release(job);
                return;
            }
            String at = checkpoint;
            try {
                JobRun.Chunk chunk = store.commitChunk(job, () -> run.next(at));
                if (chunk.last()) {
                    return;
                }
                checkpoint = chunk.checkpoint();
                failures = 0;
            } catch (LeaseLost e) {
                LOG.info(e.getMessage() + "; another server goes on from its last commit");
                return;
            } catch (RuntimeException e) {
                failures++;
                if (Failures.isTransient(e) && failures < settings.maxFailures()) {
                    LOG.log(Level.WARNING, "Background job " + job.id() + " (" + job.kind() + ") failed at " + at
                            + "; it will be retried from there", e);
                    store.retryLater(job, settings.delayAfter(failures), Failures.describe(e));
                    return;
                }
                LOG.log(Level.WARNING, "Background job " + job.id() + " (" + job.kind() + ") is given up at " + at, e);
                String undo = giveUp(job, run, at, failing, e);
                if (undo == null) {
                    return;
                }
                checkpoint = undo;
                failing = true;
                failures = 0;
            }
        }
    }

    /** Gives the work up; returns the undo checkpoint to go on from, or null when this server is done with it. */
    private String giveUp(Job job, JobRun run, String checkpoint, boolean failing, RuntimeException cause) {
        String error = Failures.describe(cause);
        try {
            if (failing) {
                store.abandon(job, error, () -> run.abandon(checkpoint, cause));
                return null;
            }
            return store.fail(job, error, () -> run.fail(checkpoint, cause));
        } catch (LeaseLost e) {
            LOG.info(e.getMessage());
            return null;
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                LOG.log(Level.WARNING, "Background job " + job.id() + " could not record its failure; retried later", e);
                store.retryLater(job, settings.delayAfter(1), Failures.describe(e));
            } else {
                LOG.log(Level.SEVERE, "Background job " + job.id() + " could not record its failure; it ends FAILED", e);
                store.abandon(job, error + "; then " + Failures.describe(e), () -> {
                });
            }
            return null;
        }
    }
}
