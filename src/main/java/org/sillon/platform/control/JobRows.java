package org.sillon.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code background_job} table, in SQL because each write is one conditional statement: a claim takes the
 * oldest due job no other server is claiming ({@code FOR UPDATE SKIP LOCKED}) and leases it; every later write
 * names the claim it was made under ({@code claims}), so a server that lost its lease writes nothing. Times are
 * the database's ({@code now()}), the one clock every server shares. Each method is a transaction of its own,
 * bound to the job's association, but for the claim.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobRows implements JobStore {

    static final String COLUMNS = "id, association_id, kind, subject_id, actor, status, checkpoint, progress, total, claims, failures,"
            + " owner, last_error, failure";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "sillon.jobs.lease-seconds")
    int leaseSeconds;

    /**
     * Claims the job that has waited longest among those due (queued, handed back, or whose server's lease
     * expired) for {@code owner}, or none. Taking over a lease that expired in another's hands counts as a failure.
     */
    public Optional<Job> claim(String owner) {
        // the one statement that looks across associations: the job then runs bound to its own
        em.createNativeQuery("select set_config('sillon.maintenance', 'on', true)").getSingleResult();
        List<?> rows = em.createNativeQuery("""
                update background_job set status = 'RUNNING', owner = ?1, claims = claims + 1,
                       failures = failures + case when owner is null then 0 else 1 end,
                       lease_until = now() + make_interval(secs => ?2), started_at = coalesce(started_at, now())
                 where id = (select id from background_job
                              where status in ('QUEUED', 'RUNNING') and lease_until <= now()
                              order by lease_until, id limit 1 for update skip locked)
                """ + " returning " + COLUMNS)
                .setParameter(1, owner).setParameter(2, leaseSeconds).getResultList();
        return rows.stream().findFirst().map(r -> job((Object[]) r));
    }

    /** Extends the lease of a job this server is running; false when it is no longer held by that claim. */
    public boolean renew(Job job) {
        return em.createNativeQuery("""
                update background_job set lease_until = now() + make_interval(secs => ?1)
                 where id = ?2 and claims = ?3 and status = 'RUNNING' and owner is not null""")
                .setParameter(1, leaseSeconds).setParameter(2, job.id()).setParameter(3, job.claims())
                .executeUpdate() == 1;
    }

    @Override
    public JobRun.Chunk commitChunk(Job job, Supplier<JobRun.Chunk> work) {
        JobRun.Chunk chunk = work.get();
        String end = chunk.last() ? "status = case when failure is null then 'DONE' else 'FAILED' end, owner = null,"
                + " ended_at = now()," : "";
        int written = em.createNativeQuery("update background_job set " + end
                + " checkpoint = ?1, progress = ?2, failures = 0, lease_until = now() + make_interval(secs => ?3)"
                + " where id = ?4 and claims = ?5 and status = 'RUNNING'")
                .setParameter(1, chunk.checkpoint()).setParameter(2, chunk.progress()).setParameter(3, leaseSeconds)
                .setParameter(4, job.id()).setParameter(5, job.claims()).executeUpdate();
        if (written == 0) {
            throw new LeaseLost(job); // rolls the chunk back
        }
        return chunk;
    }

    @Override
    public void retryLater(Job job, Duration delay, String error) {
        em.createNativeQuery("""
                update background_job set owner = null, failures = failures + 1, last_error = ?1,
                       lease_until = now() + make_interval(secs => ?2)
                 where id = ?3 and claims = ?4 and status = 'RUNNING'""")
                .setParameter(1, error).setParameter(2, (double) delay.toMillis() / 1000).setParameter(3, job.id())
                .setParameter(4, job.claims()).executeUpdate();
    }

    @Override
    public String fail(Job job, String failure, Supplier<String> fail) {
        String undo = fail.get();
        String next = undo == null ? "status = 'FAILED', owner = null, ended_at = now()"
                : "checkpoint = ?5, failures = 0, lease_until = now() + make_interval(secs => ?6)";
        var update = em.createNativeQuery("update background_job set failure = ?1, last_error = ?2, " + next
                + " where id = ?3 and claims = ?4 and status = 'RUNNING'")
                .setParameter(1, failure).setParameter(2, failure).setParameter(3, job.id()).setParameter(4, job.claims());
        if (undo != null) {
            update.setParameter(5, undo).setParameter(6, leaseSeconds);
        }
        if (update.executeUpdate() == 0) {
            throw new LeaseLost(job);
        }
        return undo;
    }

    @Override
    public void abandon(Job job, String error, Runnable abandon) {
        abandon.run();
        int written = em.createNativeQuery("""
                update background_job set status = 'FAILED', failure = coalesce(failure, ?1), last_error = ?2,
                       owner = null, ended_at = now()
                 where id = ?3 and claims = ?4 and status = 'RUNNING'""")
                .setParameter(1, error).setParameter(2, error).setParameter(3, job.id()).setParameter(4, job.claims())
                .executeUpdate();
        if (written == 0) {
            throw new LeaseLost(job);
        }
    }

    @Override
    public void release(Job job) {
        em.createNativeQuery("""
                update background_job set owner = null, lease_until = now()
                 where id = ?1 and claims = ?2 and status = 'RUNNING'""")
                .setParameter(1, job.id()).setParameter(2, job.claims()).executeUpdate();
    }

    static Job job(Object[] r) {
        return new Job(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], JobStatus.valueOf((String) r[5]),
                (String) r[6], ((Number) r[7]).intValue(), r[8] == null ? null : ((Number) r[8]).intValue(),
                ((Number) r[9]).intValue(), ((Number) r[10]).intValue(), (String) r[11], (String) r[12], (String) r[13]);
    }
}
