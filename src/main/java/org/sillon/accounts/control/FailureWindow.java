package org.sillon.accounts.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How many failures happened in the last minute, to the second: sixty counters in a ring, so that a flood
 * costs no memory.
 */
final class FailureWindow {

    static final Duration LENGTH = Duration.ofMinutes(1);
    private static final int SLOTS = (int) LENGTH.toSeconds();

    private final long[] seconds = new long[SLOTS];
    private final int[] counts = new int[SLOTS];

    synchronized void add(Instant at) {
        long second = at.getEpochSecond();
        int slot = (int) Math.floorMod(second, (long) SLOTS);
        if (seconds[slot] != second) {
            seconds[slot] = second;
            counts[slot] = 0;
        }
        counts[slot]++;
    }

    /** The failures in the minute up to {@code now}. */
    synchronized int count(Instant now) {
        long newest = now.getEpochSecond();
        int total = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            if (seconds[slot] > newest - SLOTS && seconds[slot] <= newest) {
                total += counts[slot];
            }
        }
        return total;
    }
}
