package org.sillon.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final int MAX = 5;
    private static final Duration LOCKOUT = Duration.ofMinutes(1);

    private static LoginThrottle failedTimes(int failures, Instant at) {
        LoginThrottle t = new LoginThrottle("jeanne.martin");
        for (int i = 0; i < failures; i++) {
            t.recordFailure(at, MAX, LOCKOUT);
        }
        return t;
    }

    @Test
    void aNewThrottleIsNotLocked() {
        LoginThrottle t = new LoginThrottle("jeanne.martin");
        assertEquals("jeanne.martin", t.username());
        assertEquals(0, t.failures());
        assertNull(t.lockedUntil());
        assertFalse(t.isLockedAt(T0));
    }

    @Test
    void notLockedBeforeMaxFailures() {
        LoginThrottle t = failedTimes(MAX - 1, T0);
        assertEquals(MAX - 1, t.failures());
        assertNull(t.lockedUntil());
        assertFalse(t.isLockedAt(T0));
    }

    @Test
    void locksForTheLockoutAtMaxFailures() {
        LoginThrottle t = failedTimes(MAX, T0);
        assertEquals(MAX, t.failures());
        assertEquals(T0.plus(LOCKOUT), t.lockedUntil());
        assertTrue(t.isLockedAt(T0));
        assertTrue(t.isLockedAt(T0.plusSeconds(59)));
    }

    @Test
    void unlockedOnceTheLockHasPassed() {
        LoginThrottle t = failedTimes(MAX, T0);
        assertTrue(t.isLockedAt(T0.plus(LOCKOUT).minusMillis(1)));
        assertFalse(t.isLockedAt(T0.plus(LOCKOUT)));
        assertFalse(t.isLockedAt(T0.plus(LOCKOUT).plusSeconds(1)));
    }

    @Test
    void theLockDoublesWithEachFurtherFailure() {
        LoginThrottle t = failedTimes(MAX, T0);
        Instant now = T0;
        Duration expected = LOCKOUT;
        for (int further = 1; further <= 6; further++) {
            now = now.plus(Duration.ofHours(3)); // after the previous lock has passed
            expected = expected.multipliedBy(2);
            t.recordFailure(now, MAX, LOCKOUT);
            assertEquals(now.plus(expected), t.lockedUntil(), "after " + further + " further failures");
            assertTrue(t.isLockedAt(now));
        }
        assertEquals(Duration.ofMinutes(64), expected);
        assertEquals(MAX + 6, t.failures());
    }

    @Test
    void theLockCountsFromTheLatestFailure() {
        LoginThrottle t = failedTimes(MAX, T0);
        Instant later = T0.plusSeconds(30);
        t.recordFailure(later, MAX, LOCKOUT);
        assertEquals(later.plus(Duration.ofMinutes(2)), t.lockedUntil());
    }

    @Test
    void theLockIsCappedAtOneDay() {
        LoginThrottle t = failedTimes(MAX, T0);
        Duration lockout = Duration.ofHours(1);
        LoginThrottle hourly = new LoginThrottle("x");
        for (int i = 0; i < MAX + 4; i++) {
            hourly.recordFailure(T0, MAX, lockout);
        }
        // 1 h, 2 h, 4 h, 8 h, 16 h
        assertEquals(T0.plus(Duration.ofHours(16)), hourly.lockedUntil());
        hourly.recordFailure(T0, MAX, lockout); // 32 h -> one day
        assertEquals(T0.plus(Duration.ofDays(1)), hourly.lockedUntil());
        assertTrue(hourly.isLockedAt(T0.plus(Duration.ofHours(23))));
        assertFalse(hourly.isLockedAt(T0.plus(Duration.ofDays(1))));

        for (int i = 0; i < 100; i++) {
            t.recordFailure(T0, MAX, LOCKOUT);
        }
        assertEquals(T0.plus(Duration.ofDays(1)), t.lockedUntil());
        assertEquals(MAX + 100, t.failures());
    }

    @Test
    void aLockoutLongerThanADayIsCappedAtOnce() {
        LoginThrottle t = new LoginThrottle("x");
        t.recordFailure(T0, 1, Duration.ofDays(3));
        assertEquals(T0.plus(LoginThrottle.LONGEST_LOCK), t.lockedUntil());
    }

    @Test
    void maxFailuresOfOneLocksAtTheFirstFailure() {
        LoginThrottle t = new LoginThrottle("x");
        t.recordFailure(T0, 1, LOCKOUT);
        assertTrue(t.isLockedAt(T0));
        assertEquals(T0.plus(LOCKOUT), t.lockedUntil());
    }
}
