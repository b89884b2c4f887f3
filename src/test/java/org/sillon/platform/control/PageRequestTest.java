package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    private static final Set<String> ALLOWED = Set.of("lastName", "firstName", "createdAt");


    private static void assertRefused(String field, org.junit.jupiter.api.function.Executable request) {
        ProblemException e = assertThrows(ProblemException.class, request);
        assertEquals(400, e.status());
        assertEquals(field, e.field());
    }

    @Test
    void defaultsToFirstPageOfTwentyInTheDefaultOrder() {
        PageRequest r = PageRequest.of(null, null, null, ALLOWED, "lastName");
        assertEquals(0, r.page());
        assertEquals(20, r.size());
        assertEquals("lastName", r.sortField());
        assertFalse(r.descending());
        assertEquals(0, r.offset());
    }

    @Test
    void blankSortMeansTheDefaultSort() {
        PageRequest r = PageRequest.of(1, 10, "   ", ALLOWED, "createdAt,desc");
        assertEquals("createdAt", r.sortField());
        assertTrue(r.descending());
    }

    @Test
    void fieldAndDirection() {
        PageRequest desc = PageRequest.of(2, 50, "firstName,desc", ALLOWED, "lastName");
        assertEquals("firstName", desc.sortField());
        assertTrue(desc.descending());
        assertEquals(2, desc.page());
        assertEquals(50, desc.size());
        assertEquals(100, desc.offset());

        assertFalse(PageRequest.of(0, 10, "firstName,asc", ALLOWED, "lastName").descending());
        assertFalse(PageRequest.of(0, 10, "firstName", ALLOWED, "lastName").descending());
        assertTrue(PageRequest.of(0, 10, " firstName , DESC ", ALLOWED, "lastName").descending());
        assertEquals("firstName", PageRequest.of(0, 10, " firstName , DESC ", ALLOWED, "lastName").sortField());
        assertFalse(PageRequest.of(0, 10, "firstName,ASC", ALLOWED, "lastName").descending());
    }

    @ParameterizedTest
    @ValueSource(strings = {"firstName,down", "firstName,descending", "firstName,ascending", "firstName,-1"})
    void aBadDirectionIsRefusedOnSort(String sort) {
        assertRefused("sort", () -> PageRequest.of(0, 10, sort, ALLOWED, "lastName"));
    }

    @Test
    void aTrailingCommaMeansNoDirectionSoAscending() {
        PageRequest r = PageRequest.of(0, 10, "firstName, ", ALLOWED, "lastName");
        assertEquals("firstName", r.sortField());
        assertFalse(r.descending());
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "lastname", "LASTNAME", ",desc", "id,desc", "last Name"})
    void anUnknownFieldIsRefusedOnSort(String sort) {
        assertRefused("sort", () -> PageRequest.of(0, 10, sort, ALLOWED, "lastName"));
    }

    @Test
    void unknownFieldMessageListsTheAllowedFieldsInOrder() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> PageRequest.of(0, 10, "password", ALLOWED, "lastName"));
        assertEquals("must be one of createdAt, firstName, lastName", e.problem(Locale.ENGLISH).errors().get(0).message());
    }

    @Test
    void aSortOfOnlyCommasIsRefusedOnSort() {
        assertRefused("sort", () -> PageRequest.of(0, 10, ",", ALLOWED, "lastName"));
        assertRefused("sort", () -> PageRequest.of(0, 10, ",,", ALLOWED, "lastName"));
    }

    @Test
    void sizeBounds() {
        assertEquals(1, PageRequest.of(0, 1, null, ALLOWED, "lastName").size());
        assertEquals(200, PageRequest.of(0, 200, null, ALLOWED, "lastName").size());
        assertRefused("size", () -> PageRequest.of(0, 0, null, ALLOWED, "lastName"));
        assertRefused("size", () -> PageRequest.of(0, 201, null, ALLOWED, "lastName"));
        assertRefused("size", () -> PageRequest.of(0, -5, null, ALLOWED, "lastName"));
        assertRefused("size", () -> new PageRequest(0, 0, "lastName", false));
        assertRefused("size", () -> new PageRequest(0, PageRequest.MAX_SIZE + 1, "lastName", false));
    }

    @Test
    void aNegativePageIsRefused() {
        assertRefused("page", () -> PageRequest.of(-1, 10, null, ALLOWED, "lastName"));
        assertRefused("page", () -> new PageRequest(-1, 10, "lastName", false));
    }

    @Test
    void offsetIsPageTimesSize() {
        assertEquals(0, new PageRequest(0, 25, "lastName", false).offset());
        assertEquals(75, new PageRequest(3, 25, "lastName", false).offset());
    }
}
