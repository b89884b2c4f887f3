package org.sillon.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sillon.accounts.entity.LoginThrottle;

/**
 * Decides whether a password attempt from a client address is checked at all, and counts what it came to.
 * Three guards stand before the costly hash:
 * <ul>
 * <li>per address, in the database: past the free failures the address waits a growing delay (see
 * {@link LoginThrottle}), and while it waits its attempts are refused unchecked;</li>
 * <li>per server, in memory since hashing costs each server its own CPU: past
 * {@code sillon.login.global-failures-per-minute} failures in the last minute, addresses that failed in that
 * minute are refused unchecked, while an address with no recent failure is still checked;</li>
 * <li>one hash per core at a time, so that a flood cannot starve other requests: an attempt waits its turn
 * briefly, then is refused.</li>
 * </ul>
 */
@ApplicationScoped
public class AddressThrottle {

    public enum Outcome { PASSED, FAILED, THROTTLED, BUSY }

    /** What became of an attempt; a throttled address waits until {@code retryAt}. */
    public record Verdict(Outcome outcome, Instant retryAt) {

        static final Verdict PASSED = new Verdict(Outcome.PASSED, null);
        static final Verdict FAILED = new Verdict(Outcome.FAILED, null);
        static final Verdict BUSY = new Verdict(Outcome.BUSY, null);
    }

    /** A wait as people read it: whole seconds under a minute, else whole minutes, rounded up. */
    public record Wait(long amount, ChronoUnit unit) {

        public static Wait until(Instant now, Instant end) {
            long millis = Math.max(0, Duration.between(now, end).toMillis());
            long seconds = Math.max(1, (millis + 999) / 1000);
            return seconds < 60 ? new Wait(seconds, ChronoUnit.SECONDS)
                    : new Wait((seconds + 59) / 60, ChronoUnit.MINUTES);
        }
    }

    @Inject
    FailedLogins failedLogins;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sillon.login.free-failures")
    int freeFailures;

    @Inject
    @ConfigProperty(name = "sillon.login.max-delay-minutes")
    int maxDelayMinutes;

    @Inject
    @ConfigProperty(name = "sillon.login.global-failures-per-minute")
    int globalFailuresPerMinute;

    /** How long an attempt waits for a free core before it is refused. */
    Duration turnWait = Duration.ofSeconds(2);

    Semaphore hashing = new Semaphore(Runtime.getRuntime().availableProcessors());

    private final FailureWindow recentFailures = new FailureWindow();
    private LoginThrottle.Policy policy;

    @PostConstruct
    void configure() {
        policy = new LoginThrottle.Policy(freeFailures, Duration.ofMinutes(maxDelayMinutes));
    }

    /**
     * Checks a password from {@code address} with {@code passwordMatches}, unless a guard refuses the
     * attempt first, and counts a mismatch against the address.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED) // no database connection is held while a hash waits or runs
    public Verdict attempt(String address, BooleanSupplier passwordMatches) {
        LoginThrottle row = failedLogins.find(address);
        Verdict refused = refusal(row, clock.instant());
        if (refused != null) {
            return refused;
        }
        if (!hashing.tryAcquire()) {
            if (!awaitTurn()) {
                return Verdict.BUSY;
            }
            // others may have failed from this address while this attempt waited
            row = failedLogins.find(address);
            refused = refusal(row, clock.instant());
            if (refused != null) {
                hashing.release();
                return refused;
            }
        }
        boolean matches;
        try {
            matches = passwordMatches.getAsBoolean();
        } finally {
            hashing.release();
        }
        Instant now = clock.instant();
        if (matches) {
            if (row != null && row.failures() > 0) {
                failedLogins.recordSuccess(address, now);
            }
            return Verdict.PASSED;
        }
        recentFailures.add(now);
        LoginThrottle failed = failedLogins.recordFailure(address, now, policy);
        return failed.isBlockedAt(now) ? new Verdict(Outcome.THROTTLED, failed.blockedUntil()) : Verdict.FAILED;
    }

    /** Why an attempt is refused unchecked, or null when it may be checked. */
    private Verdict refusal(LoginThrottle row, Instant now) {
        if (row == null) {
            return null;
        }
        if (row.isBlockedAt(now)) {
            return new Verdict(Outcome.THROTTLED, row.blockedUntil());
        }
        if (recentFailures.count(now) >= globalFailuresPerMinute && row.failedSince(now.minus(FailureWindow.LENGTH))) {
            return Verdict.BUSY;
        }
        return null;
    }

    private boolean awaitTurn() {
        try {
            return hashing.tryAcquire(turnWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
