package org.sillon.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sillon.accounts.control.AddressThrottle.Outcome;
import org.sillon.accounts.control.AddressThrottle.Wait;
import org.sillon.accounts.entity.LoginThrottle;

class AddressThrottleTest {

    private static final Instant T0 = Instant.parse("2026-01-12T09:00:00Z");
    private static final String A = "203.0.113.1";
    private static final String B = "198.51.100.2";

    /** The table, in a map. */
    private static final class MemoryFailedLogins extends FailedLogins {
        final Map<String, LoginThrottle> rows = new HashMap<>();

        @Override
        public LoginThrottle find(String address) {
            return rows.get(address);
        }

        @Override
        public LoginThrottle recordFailure(String address, Instant now, LoginThrottle.Policy policy) {
            LoginThrottle row = rows.computeIfAbsent(address, LoginThrottle::new);
            row.recordFailure(now, policy);
            return row;
        }

        @Override
        public void recordSuccess(String address, Instant now) {
            rows.get(address).recordSuccess(now);
        }
    }

    /** A password check that says how often it ran: an attempt refused unchecked costs no hash. */
    private static final class Check implements BooleanSupplier {
        private final boolean right;
        int hashes;

        Check(boolean right) {
            this.right = right;
        }

        @Override
        public boolean getAsBoolean() {
            hashes++;
            return right;
        }
    }

    private final MemoryFailedLogins table = new MemoryFailedLogins();
    private AddressThrottle throttle;
    private Instant now = T0;

    @BeforeEach
    void setUp() {
        throttle = new AddressThrottle();
        throttle.failedLogins = table;
        throttle.freeFailures = 5;
        throttle.maxDelayMinutes = 15;
        throttle.globalFailuresPerMinute = 1000;
        throttle.configure();
        at(T0);
    }

    private void at(Instant instant) {
        now = instant;
        throttle.clock = Clock.fixed(instant, ZoneOffset.UTC);
    }

    private AddressThrottle.Verdict attempt(String address, boolean right) {
        return throttle.attempt(address, new Check(right));
    }

    @Test
    void freeFailuresThenGrowingWaitsDuringWhichTheAddressIsRefusedUnchecked() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Outcome.FAILED, attempt(A, false).outcome());
        }
        AddressThrottle.Verdict sixth = attempt(A, false);
        assertEquals(Outcome.THROTTLED, sixth.outcome());
        assertEquals(T0.plusSeconds(1), sixth.retryAt());

        Check rightPassword = new Check(true);
        AddressThrottle.Verdict blocked = throttle.attempt(A, rightPassword);
        assertEquals(Outcome.THROTTLED, blocked.outcome(), "even the right password waits");
        assertEquals(0, rightPassword.hashes, "no hash is spent on a waiting address");
        assertEquals(6, table.rows.get(A).failures(), "refused attempts do not count");

        at(T0.plusSeconds(1));
        assertEquals(T0.plusSeconds(3), attempt(A, false).retryAt());
        at(T0.plusSeconds(3));
        assertEquals(T0.plusSeconds(7), attempt(A, false).retryAt());
    }

    @Test
    void theRightPasswordFromAnotherAddressPassesDuringAFlood() {
        for (int i = 0; i < 50; i++) {
            attempt(A, false);
        }
        assertTrue(table.rows.get(A).isBlockedAt(now));
        assertEquals(Outcome.PASSED, attempt(B, true).outcome());
        assertNull(table.rows.get(B), "a clean address leaves no row");
    }

    @Test
    void aSuccessFromTheAddressForgivesItsFailures() {
        for (int i = 0; i < 6; i++) {
            attempt(A, false);
        }
        at(T0.plusSeconds(1));
        assertEquals(Outcome.PASSED, attempt(A, true).outcome());
        assertEquals(0, table.rows.get(A).failures());
        for (int i = 0; i < 5; i++) {
            assertEquals(Outcome.FAILED, attempt(A, false).outcome(), "free again");
        }
    }

    @Test
    void pastTheGlobalCapOnlyAddressesThatFailedInTheLastMinuteAreRefusedUnchecked() {
        throttle.globalFailuresPerMinute = 3;
        attempt(A, false);
        at(T0.plusSeconds(61));
        attempt("192.0.2.1", false);
        attempt("192.0.2.2", false);
        attempt("192.0.2.3", false);

        Check dirty = new Check(true);
        assertEquals(Outcome.BUSY, throttle.attempt("192.0.2.3", dirty).outcome());
        assertEquals(0, dirty.hashes);

        Check quietSinceAMinute = new Check(true);
        assertEquals(Outcome.PASSED, throttle.attempt(A, quietSinceAMinute).outcome());
        assertEquals(1, quietSinceAMinute.hashes);
        assertEquals(Outcome.PASSED, attempt(B, true).outcome(), "a clean address is still checked");
        assertEquals(Outcome.FAILED, attempt("192.0.2.4", false).outcome(), "and so is a new one");

        at(T0.plusSeconds(61 + 60));
        assertEquals(Outcome.PASSED, attempt("192.0.2.3", true).outcome(), "the window has moved on");
    }

    @Test
    void whenEveryCoreIsHashingAnAttemptWaitsBrieflyThenIsRefused() {
        throttle.hashing = new Semaphore(0);
        throttle.turnWait = Duration.ofMillis(20);
        Check check = new Check(true);
        assertEquals(Outcome.BUSY, throttle.attempt(B, check).outcome());
        assertEquals(0, check.hashes);

        throttle.hashing = new Semaphore(1);
        assertEquals(Outcome.PASSED, throttle.attempt(B, check).outcome());
        assertEquals(1, throttle.hashing.availablePermits(), "the turn is given back");
    }

    @Test
    void anAttemptThatWaitedItsTurnSeesFailuresMadeMeanwhile() {
        throttle.hashing = new Semaphore(0) {
            @Override
            public boolean tryAcquire(long timeout, java.util.concurrent.TimeUnit unit) {
                // while this attempt waited, others exhausted the address
                for (int i = 0; i < 6; i++) {
                    table.recordFailure(A, now, new LoginThrottle.Policy(5, Duration.ofMinutes(15)));
                }
                return true;
            }
        };
        Check check = new Check(false);
        assertEquals(Outcome.THROTTLED, throttle.attempt(A, check).outcome());
        assertEquals(0, check.hashes);
        assertEquals(1, throttle.hashing.availablePermits(), "the turn is given back");
    }

    @Test
    void waitsReadInWholeSecondsUnderAMinuteElseInWholeMinutesRoundedUp() {
        assertEquals(new Wait(1, ChronoUnit.SECONDS), Wait.until(T0, T0));
        assertEquals(new Wait(1, ChronoUnit.SECONDS), Wait.until(T0, T0.plusMillis(300)));
        assertEquals(new Wait(8, ChronoUnit.SECONDS), Wait.until(T0, T0.plusMillis(7001)));
        assertEquals(new Wait(59, ChronoUnit.SECONDS), Wait.until(T0, T0.plusSeconds(59)));
        assertEquals(new Wait(1, ChronoUnit.MINUTES), Wait.until(T0, T0.plusSeconds(60)));
        assertEquals(new Wait(2, ChronoUnit.MINUTES), Wait.until(T0, T0.plusSeconds(61)));
        assertEquals(new Wait(15, ChronoUnit.MINUTES), Wait.until(T0, T0.plus(Duration.ofMinutes(15))));
    }
}
