package org.sillon.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.sillon.platform.entity.InstantConverter;

/**
 * Failed password checks from one client address (an IPv4 address or an IPv6 /64), whatever username they
 * named. The first few are free; each further one makes the address wait, one second and twice as long at
 * each failure, up to a maximum. Only the address waits, never an account: a flood from one place slows that
 * place, and the right password from anywhere else still opens the account.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    /** After this long without a failure an address starts afresh, and its row may go. */
    public static final Duration QUIET_PERIOD = Duration.ofHours(24);
    /**
     * A success forgives the address's failures at most this often: otherwise anyone with an account of their
     * own (an adherent) could log in between guesses and never wait.
     */
    static final Duration FORGIVENESS_INTERVAL = Duration.ofHours(1);
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    /** How many failures are free, and the longest wait. */
    public record Policy(int freeFailures, Duration maxDelay) {
        public Policy {
            if (freeFailures < 0 || maxDelay.compareTo(FIRST_DELAY) < 0) {
                throw new IllegalArgumentException("free failures must be 0 or more and the longest wait 1 s or more");
            }
        }
    }

    @Id
    private String address;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    @Convert(converter = InstantConverter.class)
    private Instant blockedUntil;

    @Column(name = "forgiven_at")
    @Convert(converter = InstantConverter.class)
    private Instant forgivenAt;

    protected LoginThrottle() {
        // for JPA
    }

    public LoginThrottle(String address) {
        this.address = address;
    }

    public void recordFailure(Instant now, Policy policy) {
        if (lastFailureAt != null && !now.isBefore(lastFailureAt.plus(QUIET_PERIOD))) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        int delayed = failures - policy.freeFailures();
        if (delayed > 0) {
            Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(delayed - 1, 30));
            blockedUntil = now.plus(delay.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : delay);
        }
    }

    /**
     * A right password from the address: its failures are forgiven, unless a success already forgave them in
     * the last {@link #FORGIVENESS_INTERVAL}.
     */
    public void recordSuccess(Instant now) {
        if (forgivenAt == null || !now.isBefore(forgivenAt.plus(FORGIVENESS_INTERVAL))) {
            failures = 0;
            blockedUntil = null;
            forgivenAt = now;
        }
    }

    public boolean isBlockedAt(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    /** Whether the address failed at or after {@code since}. */
    public boolean failedSince(Instant since) {
        return lastFailureAt != null && !lastFailureAt.isBefore(since);
    }

    public String address() {
        return address;
    }

    public int failures() {
        return failures;
    }

    public Instant blockedUntil() {
        return blockedUntil;
    }
}
