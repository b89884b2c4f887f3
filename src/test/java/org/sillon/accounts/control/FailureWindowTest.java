package org.sillon.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureWindowTest {

    private static final Instant T0 = Instant.parse("2026-01-12T09:00:00Z");

    @Test
    void countsTheFailuresOfTheLastSixtySeconds() {
        FailureWindow window = new FailureWindow();
        window.add(T0);
        window.add(T0.plusMillis(999));
        window.add(T0.plusSeconds(30));
        assertEquals(3, window.count(T0.plusSeconds(30)));
        assertEquals(3, window.count(T0.plusSeconds(59)));
        assertEquals(1, window.count(T0.plusSeconds(60)), "the first second has left the window");
        assertEquals(0, window.count(T0.plusSeconds(90)));
    }

    @Test
    void aSlotIsReusedAMinuteLaterWithoutItsOldCount() {
        FailureWindow window = new FailureWindow();
        for (int i = 0; i < 50; i++) {
            window.add(T0);
        }
        window.add(T0.plusSeconds(60));
        assertEquals(1, window.count(T0.plusSeconds(60)));
        assertEquals(0, window.count(T0.minusSeconds(1)), "nothing is counted ahead of now");
    }
}
