package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The job mechanics against an in-memory store that behaves as the database does: a chunk's writes and its
 * checkpoint are kept together or not at all, and every write is fenced on the claim that made it.
 */
class JobLoopTest {

    static final JobLoop.Settings SETTINGS = new JobLoop.Settings(3, Duration.ofSeconds(10), Duration.ofMinutes(1));

    /** The job's row and the rows its work wrote, committed or pending in the open "transaction". */
    static final class Store implements JobStore {
        JobStatus status = JobStatus.RUNNING;
        String checkpoint;
        int progress;
        int claims = 1;
        int failures;
        String failure;
        String lastError;
        Duration retryDelay;
        boolean released;
        int commits;
        final List<Integer> committed = new ArrayList<>();
        final List<Integer> pending = new ArrayList<>();
        final List<Integer> pendingRemovals = new ArrayList<>();
        Runnable afterWork = () -> {
        };

        Job claim() {
            return new Job(7, 1, "count", 1L, "anna", status, checkpoint, progress, 10, claims, failures, "here", lastError,
                    failure);
        }

        /** Another server claims the job (its lease expired here). */
        void takenOver() {
            claims++;
        }

        private <T> T inTransaction(Job job, Supplier<T> work) {
            try {
                T result = work.get();
                afterWork.run();
                if (job.claims() != claims) {
                    throw new LeaseLost(job);
                }
                committed.addAll(pending);
                committed.removeAll(pendingRemovals);
                return result;
            } finally {
                pending.clear();
                pendingRemovals.clear();
            }
        }

        @Override
        public JobRun.Chunk commitChunk(Job job, Supplier<JobRun.Chunk> chunk) {
            JobRun.Chunk c = inTransaction(job, chunk);
            commits++;
            checkpoint = c.checkpoint();
            progress = c.progress();
            failures = 0;
            if (c.last()) {
                status = failure == null ? JobStatus.DONE : JobStatus.FAILED;
            }
            return c;
        }

        @Override
        public void retryLater(Job job, Duration delay, String error) {
            if (job.claims() == claims) {
                failures++;
                lastError = error;
                retryDelay = delay;
            }
        }

        @Override
        public String fail(Job job, String why, Supplier<String> fail) {
            String undo = inTransaction(job, fail);
            failure = why;
            if (undo == null) {
                status = JobStatus.FAILED;
            } else {
                checkpoint = undo;
                failures = 0;
            }
            return undo;
        }

        @Override
        public void abandon(Job job, String error, Runnable abandon) {
            inTransaction(job, () -> {
                abandon.run();
                return null;
            });
            failure = failure == null ? error : failure;
            status = JobStatus.FAILED;
        }

        @Override
        public void release(Job job) {
            released = true;
        }
    }

    /**
     * Writes the numbers 0 to 9, three a chunk; "undo" removes them three a chunk. {@code refuse} throws when
     * writing that number (once, or always).
     */
    static final class Counting implements JobRun {
        final Store store;
        Integer refuse;
        RuntimeException refusal;
        boolean refuseAlways;
        boolean refuseUndo;
        final List<String> calls = new ArrayList<>();

        Counting(Store store) {
            this.store = store;
        }

        @Override
        public Chunk next(String checkpoint) {
            calls.add("next " + checkpoint);
            if ("undo".equals(checkpoint)) {
                if (refuseUndo) {
                    throw new IllegalStateException("cannot undo");
                }
                List<Integer> left = new ArrayList<>(store.committed);
                List<Integer> now = left.subList(0, Math.min(3, left.size()));
                store.pendingRemovals.addAll(now);
                return left.size() <= 3 ? Chunk.last(0) : Chunk.next("undo", 0);
            }
            int from = checkpoint == null ? 0 : Integer.parseInt(checkpoint);
            int to = Math.min(from + 3, 10);
            for (int i = from; i < to; i++) {
                if (refuse != null && refuse == i) {
                    if (!refuseAlways) {
                        refuse = null;
                    }
                    throw refusal;
                }
                store.pending.add(i);
            }
            return to == 10 ? Chunk.last(10) : Chunk.next(Integer.toString(to), to);
        }

        @Override
        public String fail(String checkpoint, RuntimeException cause) {
            calls.add("fail " + checkpoint);
            return store.committed.isEmpty() ? null : "undo";
        }

        @Override
        public void abandon(String checkpoint, RuntimeException cause) {
            calls.add("abandon " + checkpoint);
        }
    }

    static RuntimeException sqlState(String state) {
        return new RuntimeException("chunk refused", new SQLException("refused", state));
    }

    private static void run(Store store, Counting work) {
        new JobLoop(store, SETTINGS, () -> false).run(store.claim(), work);
    }

    @Test
    void everyChunkCommitsItsCheckpointWithItsWorkAndTheJobEndsDone() {
        Store store = new Store();
        run(store, new Counting(store));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), store.committed);
        assertEquals(4, store.commits);
        assertEquals(JobStatus.DONE, store.status);
        assertEquals(10, store.progress);
    }

    @Test
    void aTransientFailureHandsTheJobBackAndTheNextClaimResumesAfterTheLastCommittedChunk() {
        Store store = new Store();
        Counting first = new Counting(store);
        first.refuse = 7;
        first.refusal = sqlState("40001");
        run(store, first);
        assertEquals(JobStatus.RUNNING, store.status);
        assertEquals("6", store.checkpoint, "the chunk 6-8 was rolled back");
        assertEquals(List.of(0, 1, 2, 3, 4, 5), store.committed);
        assertEquals(1, store.failures);
        assertEquals(Duration.ofSeconds(10), store.retryDelay);
        assertTrue(store.lastError.contains("40001") || store.lastError.contains("refused"), store.lastError);

        store.claims++; // claimed again, here or elsewhere: a new run from the stored checkpoint
        Counting resumed = new Counting(store);
        run(store, resumed);
        assertEquals("next 6", resumed.calls.get(0));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), store.committed, "each number written once");
        assertEquals(JobStatus.DONE, store.status);
        assertEquals(0, store.failures, "a committed chunk clears the failures");
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheLimit() {
        assertEquals(Duration.ofSeconds(10), SETTINGS.delayAfter(1));
        assertEquals(Duration.ofSeconds(20), SETTINGS.delayAfter(2));
        assertEquals(Duration.ofSeconds(40), SETTINGS.delayAfter(3));
        assertEquals(Duration.ofMinutes(1), SETTINGS.delayAfter(4));
        assertEquals(Duration.ofMinutes(1), SETTINGS.delayAfter(40));
    }

    @Test
    void aRefusedChunkGivesTheWorkUpOnceAndItsUndoPhaseRemovesWhatWasCommitted() {
        Store store = new Store();
        Counting work = new Counting(store);
        work.refuse = 7;
        work.refusal = sqlState("23505"); // a unique index: retrying would meet it again
        run(store, work);
        assertEquals(List.of("next null", "next 3", "next 6", "fail 6", "next undo", "next undo"), work.calls);
        assertEquals(List.of(), store.committed);
        assertEquals(JobStatus.FAILED, store.status);
        assertTrue(store.failure.contains("chunk refused"), store.failure);
        assertNull(store.retryDelay, "not retried");
    }

    @Test
    void aRefusalInTheFirstChunkHasNothingToUndo() {
        Store store = new Store();
        Counting work = new Counting(store);
        work.refuse = 1;
        work.refusal = new IllegalArgumentException("bad row");
        run(store, work);
        assertEquals(List.of("next null", "fail null"), work.calls);
        assertEquals(JobStatus.FAILED, store.status);
    }

    @Test
    void transientFailuresPastTheLimitGiveTheWorkUp() {
        Store store = new Store();
        for (int attempt = 1; attempt <= 3; attempt++) {
            Counting work = new Counting(store);
            work.refuse = 4;
            work.refusal = sqlState("08006");
            run(store, work);
            store.claims++;
        }
        assertEquals(JobStatus.FAILED, store.status, "the third consecutive failure gives up");
        assertEquals(List.of(), store.committed, "after undoing the first chunk");
        assertEquals(Duration.ofSeconds(20), store.retryDelay, "two retries were waited for");
    }

    @Test
    void aJobTakenOverTooOftenIsGivenUpBeforeAnyChunk() {
        Store store = new Store();
        store.committed.addAll(List.of(0, 1, 2));
        store.checkpoint = "3";
        store.failures = 3; // its servers died three times without committing a chunk
        store.lastError = "killed";
        Counting work = new Counting(store);
        run(store, work);
        assertEquals(List.of("fail 3", "next undo"), work.calls);
        assertTrue(store.failure.contains("gave up after 3 attempts without progress; last error: killed"), store.failure);
        assertEquals(JobStatus.FAILED, store.status);
    }

    @Test
    void aRefusedUndoIsAbandonedAndTheJobEndsFailed() {
        Store store = new Store();
        Counting work = new Counting(store);
        work.refuse = 4;
        work.refusal = new IllegalStateException("refused");
        work.refuseUndo = true;
        run(store, work);
        assertEquals(List.of("next null", "next 3", "fail 3", "next undo", "abandon undo"), work.calls);
        assertEquals(List.of(0, 1, 2), store.committed, "what could not be undone stays, and is reported");
        assertEquals(JobStatus.FAILED, store.status);
    }

    @Test
    void aServerThatLostItsLeaseWritesNothingMoreAndLeavesTheJobToTheNewHolder() {
        Store store = new Store();
        Counting work = new Counting(store);
        store.afterWork = () -> {
            if (store.commits == 1) {
                store.takenOver(); // while the second chunk runs, another server claims the job
            }
        };
        run(store, work);
        assertEquals(List.of(0, 1, 2), store.committed, "the second chunk was rolled back");
        assertEquals("3", store.checkpoint);
        assertEquals(JobStatus.RUNNING, store.status);
        assertEquals(0, store.failures);
        assertNull(store.retryDelay);
    }

    @Test
    void aStoppingServerHandsTheJobBackBetweenChunks() {
        Store store = new Store();
        new JobLoop(store, SETTINGS, () -> store.commits == 2).run(store.claim(), new Counting(store));
        assertTrue(store.released);
        assertEquals("6", store.checkpoint);
        assertEquals(JobStatus.RUNNING, store.status);
    }

    @Test
    void aFailingJobResumedElsewhereGoesOnUndoing() {
        Store store = new Store();
        store.committed.addAll(List.of(0, 1, 2, 3, 4, 5));
        store.checkpoint = "undo";
        store.failure = "refused";
        Counting work = new Counting(store);
        run(store, work);
        assertEquals(List.of("next undo", "next undo"), work.calls);
        assertEquals(JobStatus.FAILED, store.status);
        assertEquals(List.of(), store.committed);
    }
}
