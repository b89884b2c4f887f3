package org.sillon.guard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sillon.platform.control.ProblemException;

class StrictJsonReaderTest {

    enum Colour { RED, GREEN }

    record Address(String city) {
    }

    record Input(String name, Long count, int size, Boolean active, Colour colour, LocalDate day, Instant at,
            List<String> tags, Set<Colour> colours, List<Long> ids, Address address, Map<String, String> extra) {
    }

    private final StrictJsonReader reader = new StrictJsonReader(new StrictJsonReader.Limits(8, 5));

    private Input read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private Input read(byte[] bytes, Charset charset) {
        return StrictJsonReader.read(Input.class, reader.parse(new ByteArrayInputStream(bytes), charset), "");
    }

    /** The field the refusal names, after checking it is a 400. */
    private String refusedField(String json) {
        ProblemException e = assertThrows(ProblemException.class, () -> read(json));
        assertEquals(400, e.status(), e.getMessage());
        return e.field();
    }

    @Test
    void aWellFormedBodyIsReadWithEveryType() {
        Input in = read("""
                {"name": "Lefèvre", "count": 12, "size": 3, "active": true, "colour": "RED", "day": "2026-01-31",
                 "at": "2026-01-31T09:30:00+01:00", "tags": ["bio", "panier"], "colours": ["GREEN"], "ids": [1, 2],
                 "address": {"city": "Lorient"}, "extra": {"k": "v"}}""");
        assertEquals("Lefèvre", in.name());
        assertEquals(12L, in.count());
        assertEquals(3, in.size());
        assertEquals(Colour.RED, in.colour());
        assertEquals(LocalDate.of(2026, 1, 31), in.day());
        assertEquals(Instant.parse("2026-01-31T08:30:00Z"), in.at());
        assertEquals(List.of("bio", "panier"), in.tags());
        assertEquals(Set.of(Colour.GREEN), in.colours());
        assertEquals(List.of(1L, 2L), in.ids());
        assertEquals("Lorient", in.address().city());
        assertEquals(Map.of("k", "v"), in.extra());
    }

    @Test
    void absentFieldsAreNullButAPrimitiveIsRequired() {
        Input in = read("{\"size\": 1}");
        assertNull(in.name());
        assertEquals("size", refusedField("{}"));
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedNotCoerced() {
        assertEquals("name", refusedField("{\"size\": 1, \"name\": 123}"));
        assertEquals("name", refusedField("{\"size\": 1, \"name\": [\"x\"]}"));
        assertEquals("count", refusedField("{\"size\": 1, \"count\": \"12\"}"));
        assertEquals("count", refusedField("{\"size\": 1, \"count\": 1.5}"));
        assertEquals("size", refusedField("{\"size\": 3000000000}"));
        assertEquals("active", refusedField("{\"size\": 1, \"active\": \"true\"}"));
        assertEquals("colour", refusedField("{\"size\": 1, \"colour\": \"BLUE\"}"));
        assertEquals("day", refusedField("{\"size\": 1, \"day\": \"31/01/2026\"}"));
        assertEquals("tags", refusedField("{\"size\": 1, \"tags\": \"bio\"}"));
        assertEquals("tags", refusedField("{\"size\": 1, \"tags\": [\"bio\", 3]}"));
        assertEquals("colours", refusedField("{\"size\": 1, \"colours\": [null]}"));
        assertEquals("address.city", refusedField("{\"size\": 1, \"address\": {\"city\": false}}"));
        assertEquals("address", refusedField("{\"size\": 1, \"address\": \"Lorient\"}"));
    }

    @Test
    void aHugeExponentIsRefusedWithoutExpandingIt() {
        assertEquals("count", refusedField("{\"size\": 1, \"count\": 1e999999999}"));
    }

    @Test
    void aDuplicateKeyIsRefusedRatherThanTheLastOneWinning() {
        assertEquals("name", refusedField("{\"size\": 1, \"name\": \"a\", \"name\": \"b\"}"));
        assertEquals("address.city", refusedField("{\"size\": 1, \"address\": {\"city\": \"a\", \"city\": \"b\"}}"));
    }

    @Test
    void unknownFieldsAreRefused() {
        assertEquals("colour2", refusedField("{\"size\": 1, \"colour2\": \"RED\"}"));
    }

    @Test
    void aNulCharacterIsRefusedInValuesAndKeys() {
        assertEquals("name", refusedField("{\"size\": 1, \"name\": \"a\\u0000b\"}"));
        assertEquals("tags[0]", refusedField("{\"size\": 1, \"tags\": [\"a\\u0000\"]}"));
        ProblemException e = assertThrows(ProblemException.class, () -> read("{\"size\": 1, \"ids\": [1, \"2\"]}"));
        assertEquals("item 2: must be a number, not a string", e.problem(Locale.ENGLISH).errors().get(0).message());
        assertEquals(java.util.Arrays.asList("a", null), read("{\"size\": 1, \"tags\": [\"a\", null]}").tags());
        assertTrue(refusedField("{\"size\": 1, \"a\\u0000\": 1}").startsWith("a"));
    }

    @Test
    void textThatIsNotValidUtf8IsRefusedRatherThanReplaced() {
        byte[] latin1 = "{\"size\": 1, \"name\": \"Lefèvre\"}".getBytes(StandardCharsets.ISO_8859_1);
        ProblemException e = assertThrows(ProblemException.class, () -> read(latin1, StandardCharsets.UTF_8));
        assertEquals("body", e.field());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertEquals("Lefèvre", read(latin1, StandardCharsets.ISO_8859_1).name(), "a declared charset is honoured");
    }

    @Test
    void nestingDeeperThanTheLimitIsA400EvenAHundredThousandLevelsDown() {
        String deep = "{\"size\": 1, \"extra\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        ProblemException e = assertThrows(ProblemException.class, () -> read(deep));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("8 levels"), e.getMessage());
    }

    @Test
    void anArrayLongerThanTheLimitIsRefusedAsItIsRead() {
        assertEquals("tags", refusedField("{\"size\": 1, \"tags\": [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]}"));
        assertEquals(5, read("{\"size\": 1, \"tags\": [\"a\", \"b\", \"c\", \"d\", \"e\"]}").tags().size());
    }

    @Test
    void malformedOrEmptyOrTrailingJsonIsA400OnTheBody() {
        assertEquals("body", refusedField("{\"size\": 1,"));
        assertEquals("body", refusedField(""));
        assertEquals("body", refusedField("{\"size\": 1} {}"));
        assertEquals("body", refusedField("[1]"));
        assertEquals("body", refusedField("{\"size\": 01}"));
    }
}
