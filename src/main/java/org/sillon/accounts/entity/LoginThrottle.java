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
 * Failed logins for one username, known or not (so that throttling does not reveal which usernames exist).
 * After {@code maxFailures} failures in a row the username is locked, for {@code lockout} and then twice as
 * long at each further failure, up to a day. A successful login deletes the row.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    static final Duration LONGEST_LOCK = Duration.ofDays(1);

    @Id
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    @Convert(converter = InstantConverter.class)
    private Instant lockedUntil;

    protected LoginThrottle() {
        // for JPA
    }

    public LoginThrottle(String username) {
        this.username = username;
    }

    public void recordFailure(Instant now, int maxFailures, Duration lockout) {
        failures++;
        lastFailureAt = now;
        if (failures >= maxFailures) {
            int doublings = Math.min(failures - maxFailures, 20);
            Duration lock = lockout.multipliedBy(1L << doublings);
            lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        }
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public String username() {
        return username;
    }

    public int failures() {
        return failures;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
