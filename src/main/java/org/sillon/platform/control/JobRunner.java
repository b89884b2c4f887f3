package org.sillon.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sillon.platform.control.SchemaMigration.SchemaReady;

/**
 * Runs this server's share of the background jobs: right after a job is submitted and every few seconds, it
 * renews the leases of the jobs it runs and claims due ones (new, handed back after a failure, or left by a
 * server whose lease expired) up to {@code sillon.jobs.max-concurrent}, each run by a {@link JobLoop} on the
 * managed executor for its association, under the name of the person who started it.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    JobRows rows;

    @Inject
    @Any
    Instance<JobHandler> handlers;

    @Inject
    @ConfigProperty(name = "sillon.jobs.poll-seconds")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "sillon.jobs.max-concurrent")
    int maxConcurrent;

    @Inject
    @ConfigProperty(name = "sillon.jobs.max-failures")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "sillon.jobs.retry-delay-seconds")
    int retryDelaySeconds;

    /** This server in {@code background_job.owner}: process and host, and a random part for restarts. */
    private final String serverId = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final Map<Long, Job> running = new ConcurrentHashMap<>();
    private final AtomicBoolean polling = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private ScheduledFuture<?> poller;

    void start(@Observes SchemaReady ready) {
        poller = scheduler.scheduleWithFixedDelay(this::poll, pollSeconds, pollSeconds, TimeUnit.SECONDS);
    }

    void onSubmitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) BackgroundJobs.Submitted submitted) {
        scheduler.execute(this::poll);
    }

    /**
     * Renews leases, then claims work while this server has room. A call while another runs asks that one for
     * one more pass, so that no request is lost and no two polls of this server compete.
     */
    public void poll() {
        requested.set(true);
        do {
            if (!polling.compareAndSet(false, true)) {
                return;
            }
            try {
                while (requested.getAndSet(false) && !stopping.get()) {
                    renewLeases();
                    claimWork();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Background jobs: poll failed; the next one will try again", e);
            } finally {
                polling.set(false);
            }
        } while (requested.get() && !stopping.get());
    }

    private void renewLeases() {
        for (Job job : running.values()) {
            if (!Tenancy.runAs(job.associationId(), () -> rows.renew(job))) {
                LOG.info("Background job " + job.id() + " is no longer this server's; it stops at its next chunk");
            }
        }
    }

    private void claimWork() {
        while (running.size() < maxConcurrent && !stopping.get()) {
            Optional<Job> claimed = rows.claim(serverId);
            if (claimed.isEmpty()) {
                return;
            }
            Job job = claimed.get();
            running.put(job.id(), job);
            try {
                executor.execute(() -> Tenancy.runAs(job.associationId(), () -> run(job)));
            } catch (RuntimeException e) {
                running.remove(job.id(), job);
                Tenancy.runAs(job.associationId(), () -> rows.release(job));
                throw e;
            }
        }
    }

    private void run(Job job) {
        try {
            Optional<JobHandler> handler = handlers.stream().filter(h -> h.kind().equals(job.kind())).findFirst();
            JobLoop loop = new JobLoop(rows, new JobLoop.Settings(maxFailures, Duration.ofSeconds(retryDelaySeconds),
                    Duration.ofHours(1)), stopping::get);
            if (handler.isEmpty()) {
                LOG.severe("Background job " + job.id() + ": no handler for the kind " + job.kind());
                rows.abandon(job, "no handler for the kind " + job.kind(), () -> {
                });
                return;
            }
            AuditTrail.actingAs(job.actor(), () -> {
                loop.run(job, handler.get().open(job));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Background job " + job.id() + " stopped on this server; its lease will expire"
                    + " and a server will take it over", e);
        } finally {
            running.remove(job.id(), job);
            if (!stopping.get()) {
                scheduler.execute(this::poll); // room for the next job
            }
        }
    }

    @PreDestroy
    void stop() {
        stopping.set(true); // running loops hand their jobs back at their next chunk
        if (poller != null) {
            poller.cancel(false);
        }
    }
}
