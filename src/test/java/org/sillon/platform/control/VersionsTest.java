package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VersionsTest {


    /** Request headers holding only an If-Match header (or none when null). */
    private static HttpHeaders ifMatch(String value) {
        return (HttpHeaders) Proxy.newProxyInstance(VersionsTest.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeaderString")) {
                        return HttpHeaders.IF_MATCH.equalsIgnoreCase((String) args[0]) ? value : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void checkPassesWhenTheVersionIsUnchanged() {
        assertDoesNotThrow(() -> Versions.check(0, 0));
        assertDoesNotThrow(() -> Versions.check(7, 7));
    }

    @Test
    void checkRefusesAStaleVersionWith412() {
        ProblemException older = assertThrows(ProblemException.class, () -> Versions.check(3, 4));
        assertEquals(412, older.status());
        ProblemException newer = assertThrows(ProblemException.class, () -> Versions.check(5, 4));
        assertEquals(412, newer.status());
        assertTrue(newer.problem(Locale.ENGLISH).type().endsWith("/stale-version"));
    }

    @Test
    void staleIsA412WithoutAField() {
        ProblemException e = Versions.stale();
        assertEquals(412, e.status());
        assertEquals("https://sillon.org/problems/stale-version", e.problem(Locale.ENGLISH).type());
        assertEquals("Stale version", e.problem(Locale.ENGLISH).title());
        assertFalse(e.getMessage().isBlank());
        assertNull(e.field());
        assertNotSame(e, Versions.stale());
    }

    @Test
    void expectedReadsIfMatch() {
        assertEquals(3L, Versions.expected(ifMatch("\"3\"")));
        assertEquals(3L, Versions.expected(ifMatch("3")));
        assertEquals(3L, Versions.expected(ifMatch("  \"3\" ")));
        assertEquals(3L, Versions.expected(ifMatch("W/\"3\"")));
        assertEquals(0L, Versions.expected(ifMatch("\"0\"")));
    }

    @Test
    void expectedRequiresIfMatchWith428() {
        ProblemException missing = assertThrows(ProblemException.class, () -> Versions.expected(ifMatch(null)));
        assertEquals(428, missing.status());
        ProblemException blank = assertThrows(ProblemException.class, () -> Versions.expected(ifMatch("  ")));
        assertEquals(428, blank.status());
    }

    @Test
    void expectedTreatsAnUnreadableTagAsStale() {
        ProblemException e = assertThrows(ProblemException.class, () -> Versions.expected(ifMatch("\"abc\"")));
        assertEquals(412, e.status());
        assertEquals(412, assertThrows(ProblemException.class,
                () -> Versions.expected(ifMatch("\"3\", \"4\""))).status());
    }

    @Test
    void aStarMatchesAnyVersion() {
        assertEquals(Versions.ANY, Versions.expected(ifMatch("*")));
        Versions.check(Versions.ANY, 7);
    }
}
