package org.sillon.mailing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 2", "3, 4", "4, 8", "5, 16", "6, 32", "7, 60", "8, 60", "15, 60", "19, 60"})
    void waitsOneMinuteThenTwiceAsLongUpToAnHour(int attemptsSoFar, long expectedMinutes) {
        RetryPolicy policy = RetryPolicy.standard(20, Duration.ofMinutes(1));
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(expectedMinutes))), policy.nextAttempt(attemptsSoFar, NOW));
    }

    @Test
    void beforeAnyAttemptTheFirstDelayApplies() {
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(1))), RetryPolicy.standard(5, Duration.ofMinutes(1)).nextAttempt(0, NOW));
    }

    @Test
    void givesUpAfterMaxAttempts() {
        RetryPolicy policy = RetryPolicy.standard(5, Duration.ofMinutes(1));
        assertTrue(policy.nextAttempt(4, NOW).isPresent());
        assertEquals(Optional.empty(), policy.nextAttempt(5, NOW));
        assertEquals(Optional.empty(), policy.nextAttempt(6, NOW));
        assertEquals(Optional.empty(), policy.nextAttempt(100, NOW));
    }

    @Test
    void oneAttemptMeansNoRetry() {
        assertEquals(Optional.empty(), RetryPolicy.standard(1, Duration.ofMinutes(1)).nextAttempt(1, NOW));
    }

    @Test
    void manyAttemptsDoNotOverflow() {
        RetryPolicy policy = RetryPolicy.standard(1000, Duration.ofMinutes(1));
        assertEquals(Optional.of(NOW.plus(Duration.ofHours(1))), policy.nextAttempt(999, NOW));
        assertEquals(Optional.of(NOW.plus(Duration.ofHours(1))), policy.nextAttempt(40, NOW));
    }

    @Test
    void aCustomPolicy() {
        RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(10), Duration.ofSeconds(25));
        assertEquals(Optional.of(NOW.plusSeconds(10)), policy.nextAttempt(1, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(20)), policy.nextAttempt(2, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(25)), policy.nextAttempt(3, NOW));
        assertEquals(Optional.empty(), policy.nextAttempt(4, NOW));
    }

    @Test
    void standardIsOneMinuteToOneHour() {
        RetryPolicy policy = RetryPolicy.standard(8, Duration.ofMinutes(1));
        assertEquals(8, policy.maxAttempts());
        assertEquals(Duration.ofMinutes(1), policy.firstDelay());
        assertEquals(Duration.ofHours(1), policy.longestDelay());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void atLeastOneAttempt(int maxAttempts) {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.standard(maxAttempts, Duration.ofMinutes(1)));
    }
}
