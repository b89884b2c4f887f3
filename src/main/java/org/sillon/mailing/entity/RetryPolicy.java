package org.sillon.mailing.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a message again after a temporary failure: after {@code firstDelay}, then twice as long each
 * time, never more than {@code longestDelay} apart, and not at all after {@code maxAttempts} attempts.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration longestDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Retries from {@code firstDelay} on (a minute in production), never more than an hour apart. */
    public static RetryPolicy standard(int maxAttempts, Duration firstDelay) {
        return new RetryPolicy(maxAttempts, firstDelay, Duration.ofHours(1));
    }

    /** The time of the next attempt after {@code attemptsSoFar} failed ones, or empty to give up. */
    public Optional<Instant> nextAttempt(int attemptsSoFar, Instant now) {
        if (attemptsSoFar >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(Math.max(attemptsSoFar - 1, 0), 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return Optional.of(now.plus(delay.compareTo(longestDelay) > 0 ? longestDelay : delay));
    }
}
