package org.sillon.platform.control;

/**
 * A kind of long work run as background jobs (an import, a statement import, a SEPA run...): a CDI bean, found
 * by {@link #kind}. Jobs are submitted with {@link BackgroundJobs#submit} and run by {@link JobRunner}.
 */
public interface JobHandler {

    /** The name jobs of this kind carry in {@code background_job.kind}; at most 40 characters. */
    String kind();

    /**
     * A run of {@code job} on this server, resuming after {@code job.checkpoint()}; called after each claim,
     * outside any transaction. Keep it cheap: do the work, even the preparation, in {@link JobRun#next}.
     */
    JobRun open(Job job);
}
