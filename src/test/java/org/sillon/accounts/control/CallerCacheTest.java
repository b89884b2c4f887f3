package org.sillon.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CallerCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(1));

    private final AtomicLong ticker = new AtomicLong();
    private final CallerCache cache = new CallerCache(Duration.ofSeconds(60), ticker::get);

    private Optional<String> find(String key, Instant at) {
        return cache.find(key, String.class, at);
    }

    @Test
    void aCallerReadIsFoundUntilItsMomentOrItsAgeRunsOut() {
        cache.keep("token a", "Anne", cache.generation(), NOW.plusSeconds(30));
        assertEquals(Optional.of("Anne"), find("token a", NOW));
        assertEquals(Optional.of("Anne"), find("token a", NOW.plusSeconds(29)));
        assertTrue(find("token a", NOW.plusSeconds(30)).isEmpty(), "its token expires, or its use is to be recorded");

        cache.keep("session b", "Bruno", cache.generation(), LATER);
        ticker.addAndGet(Duration.ofSeconds(60).toNanos());
        assertEquals(Optional.of("Bruno"), find("session b", NOW));
        ticker.incrementAndGet();
        assertTrue(find("session b", NOW).isEmpty(), "sixty seconds at most, whatever the application's clock says");
    }

    @Test
    void aChangeForgetsEveryCaller() {
        cache.keep("token a", "Anne", cache.generation(), LATER);
        cache.keep("session b", "Bruno", cache.generation(), LATER);
        cache.forget();
        assertTrue(find("token a", NOW).isEmpty());
        assertTrue(find("session b", NOW).isEmpty());
    }

    @Test
    void aReadThatBeganBeforeAChangeKeepsNothing() {
        long readAt = cache.generation();
        cache.forget(); // another server disabled the account while this one was reading it
        cache.keep("token a", "Anne as she was", readAt, LATER);
        assertTrue(find("token a", NOW).isEmpty());

        long next = cache.generation();
        cache.keep("token a", "Anne as she is", next, LATER);
        assertEquals(Optional.of("Anne as she is"), find("token a", NOW));
    }

    @Test
    void whileTheDatabaseCannotTellOfChangesNothingIsRemembered() {
        cache.keep("token a", "Anne", cache.generation(), LATER);
        cache.listening(false);
        assertTrue(find("token a", NOW).isEmpty());
        cache.keep("token a", "Anne", cache.generation(), LATER);
        assertTrue(find("token a", NOW).isEmpty(), "kept while nobody listens");

        cache.listening(true);
        assertTrue(find("token a", NOW).isEmpty(), "what was read before listening again is forgotten");
        cache.keep("token a", "Anne", cache.generation(), LATER);
        assertEquals(Optional.of("Anne"), find("token a", NOW));
    }

    @Test
    void aFullCacheStartsAgainEmpty() {
        for (int i = 0; i < CallerCache.CAPACITY; i++) {
            cache.keep("token " + i, "caller " + i, cache.generation(), LATER);
        }
        assertEquals(Optional.of("caller 0"), find("token 0", NOW));
        cache.keep("token new", "newcomer", cache.generation(), LATER);
        assertTrue(find("token 0", NOW).isEmpty());
        assertEquals(Optional.of("newcomer"), find("token new", NOW));
    }

    @Test
    void zeroSecondsRemembersNothing() {
        CallerCache off = new CallerCache(Duration.ZERO, ticker::get);
        assertFalse(off.enabled());
        off.keep("token a", "Anne", off.generation(), LATER);
        assertTrue(off.find("token a", String.class, NOW).isEmpty());
    }
}
