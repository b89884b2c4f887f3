package org.sillon.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final LoginThrottle.Policy POLICY = new LoginThrottle.Policy(5, Duration.ofMinutes(15));

    private static LoginThrottle failedTimes(int failures, Instant at) {
        LoginThrottle t = new LoginThrottle("192.0.2.1");
        for (int i = 0; i < failures; i++) {
            t.recordFailure(at, POLICY);
        }
        return t;
    }

    @Test
    void theFreeFailuresDoNotBlock() {
        LoginThrottle t = failedTimes(5, T0);
        assertEquals("192.0.2.1", t.address());
        assertEquals(5, t.failures());
        assertNull(t.blockedUntil());
        assertFalse(t.isBlockedAt(T0));
    }

    @Test
    void eachFurtherFailureBlocksTheAddressTwiceAsLongFromOneSecond() {
        LoginThrottle t = failedTimes(5, T0);
        Instant now = T0;
        Duration expected = Duration.ofSeconds(1);
        for (int further = 1; further <= 8; further++) {
            t.recordFailure(now, POLICY);
            assertEquals(now.plus(expected), t.blockedUntil(), "after " + further + " further failures");
            assertTrue(t.isBlockedAt(now));
            assertTrue(t.isBlockedAt(now.plus(expected).minusMillis(1)));
            assertFalse(t.isBlockedAt(now.plus(expected)));
            now = now.plus(expected);
            expected = expected.multipliedBy(2);
        }
        assertEquals(Duration.ofSeconds(256), expected);
    }

    @Test
    void theWaitStopsGrowingAtTheMaximum() {
        LoginThrottle t = failedTimes(5 + 10, T0); // the tenth delayed failure would wait 512 s
        assertEquals(T0.plusSeconds(512), t.blockedUntil());
        t.recordFailure(T0, POLICY);
        assertEquals(T0.plus(Duration.ofMinutes(15)), t.blockedUntil(), "1024 s is more than 15 min");
        for (int i = 0; i < 100; i++) {
            t.recordFailure(T0, POLICY);
        }
        assertEquals(T0.plus(Duration.ofMinutes(15)), t.blockedUntil());
    }

    @Test
    void withNoFreeFailureTheFirstFailureBlocks() {
        LoginThrottle t = new LoginThrottle("192.0.2.1");
        t.recordFailure(T0, new LoginThrottle.Policy(0, Duration.ofMinutes(1)));
        assertEquals(T0.plusSeconds(1), t.blockedUntil());
    }

    @Test
    void aQuietDayStartsTheAddressAfresh() {
        LoginThrottle t = failedTimes(9, T0);
        Instant nextDay = T0.plus(LoginThrottle.QUIET_PERIOD);
        t.recordFailure(nextDay, POLICY);
        assertEquals(1, t.failures());
        assertFalse(t.isBlockedAt(nextDay));
        LoginThrottle recent = failedTimes(9, T0);
        recent.recordFailure(nextDay.minusSeconds(1), POLICY);
        assertEquals(10, recent.failures());
        assertTrue(recent.isBlockedAt(nextDay.minusSeconds(1)));
    }

    @Test
    void aSuccessForgivesTheFailuresAtMostOnceAnHour() {
        LoginThrottle t = failedTimes(7, T0);
        Instant later = T0.plusSeconds(10);
        t.recordSuccess(later);
        assertEquals(0, t.failures());
        assertNull(t.blockedUntil());

        // an account of one's own does not buy guesses: the next success within the hour forgives nothing
        for (int i = 0; i < 6; i++) {
            t.recordFailure(later, POLICY);
        }
        t.recordSuccess(later.plusSeconds(1));
        assertEquals(6, t.failures());
        assertTrue(t.isBlockedAt(later));

        Instant hourLater = later.plus(LoginThrottle.FORGIVENESS_INTERVAL);
        t.recordSuccess(hourLater);
        assertEquals(0, t.failures());
    }

    @Test
    void failedSinceSaysWhetherTheAddressFailedRecently() {
        LoginThrottle t = failedTimes(1, T0);
        assertTrue(t.failedSince(T0));
        assertTrue(t.failedSince(T0.minusSeconds(60)));
        assertFalse(t.failedSince(T0.plusMillis(1)));
        assertFalse(new LoginThrottle("192.0.2.2").failedSince(T0));
    }

    @Test
    void aPolicyNeedsSensibleValues() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle.Policy(-1, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle.Policy(5, Duration.ZERO));
    }
}
