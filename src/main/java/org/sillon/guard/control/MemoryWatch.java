package org.sillon.guard.control;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the JVM can still be trusted with memory. Once an OutOfMemoryError has been seen, any thread may
 * have died half-way (a pool, a cache, a class initialiser), so the application stays unhealthy until it is
 * restarted; and a heap still nearly full after a garbage collection is one about to fail. Production runs
 * the JVM with -XX:+ExitOnOutOfMemoryError, so that the supervisor restarts it at once; this is the honest
 * answer when it does not.
 */
public final class MemoryWatch {

    /** Heap use after the last collection above which the JVM is reported as exhausted. */
    static final double EXHAUSTED = 0.95;

    private static final AtomicReference<Instant> OUT_OF_MEMORY = new AtomicReference<>();

    private MemoryWatch() {
    }

    /** Records that {@code error}, or one of its causes, is an OutOfMemoryError; answers whether it was. */
    public static boolean observe(Throwable error, Instant now) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                OUT_OF_MEMORY.compareAndSet(null, now);
                return true;
            }
        }
        return false;
    }

    /** When an OutOfMemoryError was first seen, if ever. */
    public static Optional<Instant> outOfMemorySince() {
        return Optional.ofNullable(OUT_OF_MEMORY.get());
    }

    /** The fullest heap pool after its last collection, as a share of its maximum (0 when unknown). */
    public static double heapFullnessAfterCollection() {
        return fullness(ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
                .map(MemoryPoolMXBean::getCollectionUsage).toList());
    }

    static double fullness(List<MemoryUsage> afterCollection) {
        double fullest = 0;
        for (MemoryUsage u : afterCollection) {
            if (u != null && u.getMax() > 0) {
                fullest = Math.max(fullest, (double) u.getUsed() / u.getMax());
            }
        }
        return fullest;
    }

    public static boolean isExhausted(double fullness) {
        return fullness >= EXHAUSTED;
    }

    /** For tests of this JVM's own rules. */
    static void forget() {
        OUT_OF_MEMORY.set(null);
    }
}
