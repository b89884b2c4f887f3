package org.sillon.guard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletException;
import java.lang.management.MemoryUsage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemoryWatchTest {

    @AfterEach
    void forget() {
        MemoryWatch.forget();
    }

    @Test
    void anOutOfMemoryErrorIsRememberedEvenWrappedAndStaysRemembered() {
        Instant first = Instant.parse("2026-12-01T10:00:00Z");
        assertFalse(MemoryWatch.observe(new IllegalStateException("no"), first));
        assertEquals(Optional.empty(), MemoryWatch.outOfMemorySince());
        assertTrue(MemoryWatch.observe(new ServletException(new RuntimeException(new OutOfMemoryError("heap"))), first));
        MemoryWatch.observe(new OutOfMemoryError("again"), first.plusSeconds(60));
        assertEquals(Optional.of(first), MemoryWatch.outOfMemorySince(), "the first time is the one that matters");
    }

    @Test
    void theFullestHeapPoolAfterCollectionDecides() {
        MemoryUsage young = new MemoryUsage(0, 10, 100, 100);
        MemoryUsage old = new MemoryUsage(0, 96, 100, 100);
        MemoryUsage unbounded = new MemoryUsage(0, 50, 100, -1);
        double fullness = MemoryWatch.fullness(Arrays.asList(young, old, unbounded, null));
        assertEquals(0.96, fullness, 1e-9);
        assertTrue(MemoryWatch.isExhausted(fullness));
        assertFalse(MemoryWatch.isExhausted(MemoryWatch.fullness(List.of(young))));
        assertEquals(0, MemoryWatch.fullness(List.of(unbounded)));
    }
}
