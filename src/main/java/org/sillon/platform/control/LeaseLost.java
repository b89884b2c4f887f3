package org.sillon.platform.control;

/**
 * A server tried to write for a job it no longer holds: its lease expired and another server claimed the job
 * (or a test said so). What it was writing is rolled back; the other server goes on from the last commit.
 */
public class LeaseLost extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LeaseLost(Job job) {
        super("background job " + job.id() + " is no longer held by its claim " + job.claims());
    }
}
