package org.sillon.mailing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.sillon.mailing.control.OutboxWorker;

/**
 * Ready while the outbox poller runs: without it no email leaves, and nothing else would say so. An SMTP
 * server that is down is not reported here: messages wait in the outbox and are retried.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    @Inject
    OutboxWorker worker;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("outbox").status(worker.isPolling()).build();
    }
}
