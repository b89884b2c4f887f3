package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountingStreamTest {

    /** Stops past {@code limit} bytes, remembering every total it was told. */
    private static CountingStream limited(InputStream in, long limit, List<Long> totals) {
        return new CountingStream(in) {
            @Override
            protected void counted(int bytes, long total) {
                totals.add(total);
                if (total > limit) {
                    throw new IllegalStateException("past " + limit);
                }
            }
        };
    }

    @Test
    void everyWayOfReadingCountsSkippingIncluded() throws IOException {
        List<Long> totals = new ArrayList<>();
        try (CountingStream in = limited(new ByteArrayInputStream(new byte[100]), 1000, totals)) {
            in.read();
            in.read(new byte[9]);
            assertEquals(40, in.skip(40));
            in.transferTo(OutputStream.nullOutputStream());
        }
        assertEquals(100L, totals.get(totals.size() - 1));
        assertEquals(List.of(1L, 10L, 50L), totals.subList(0, 3));
    }

    @Test
    void theStreamStopsAsSoonAsItPassesTheLimit() {
        List<Long> totals = new ArrayList<>();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        assertThrows(IllegalStateException.class, () -> limited(endless, 10_000, totals)
                .transferTo(OutputStream.nullOutputStream()));
        assertTrue(totals.get(totals.size() - 1) <= 10_000 + 16_384, "stopped within one buffer");
    }
}
