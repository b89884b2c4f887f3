package org.sillon.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.people.boundary.RegistryList;
import java.util.Set;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.boundary.Role;

class SavedFilterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void keepsTheSearchFiltersAndSortTrimmedAndDropsBlankFilters() {
        Map<String, String> filters = new HashMap<>();
        filters.put("city", " Rennes ");
        filters.put("email", " ");
        SavedFilter f = new SavedFilter("anna", RegistryList.PERSONS, "  Rennes   Lefèvre ",
                new SavedFilter.Criteria(" lefevre ", filters, "lastName,desc"), true, NOW);
        assertEquals("Rennes Lefèvre", f.name());
        assertEquals(new SavedFilter.Criteria("lefevre", Map.of("city", "Rennes"), "lastName,desc"), f.criteria());
        assertTrue(f.shared());
    }

    @Test
    void anEmptySearchIsAllowed() {
        SavedFilter f = new SavedFilter("anna", RegistryList.HOUSEHOLDS, "Tous", null, false, NOW);
        assertEquals(new SavedFilter.Criteria(null, Map.of(), null), f.criteria());
    }

    @Test
    void needsAListAndANameOfAtMostOneHundredCharacters() {
        assertEquals("list", assertThrows(InvalidValue.class,
                () -> new SavedFilter("anna", null, "x", null, false, NOW)).field());
        assertEquals("name", assertThrows(InvalidValue.class,
                () -> new SavedFilter("anna", RegistryList.PERSONS, " ", null, false, NOW)).field());
        assertEquals("name", assertThrows(InvalidValue.class,
                () -> new SavedFilter("anna", RegistryList.PERSONS, "n".repeat(101), null, false, NOW)).field());
    }

    @Test
    void onlyItsOwnerOrAnAdministratorDeletesIt() {
        SavedFilter f = new SavedFilter("anna", RegistryList.PERSONS, "x", null, true, NOW);
        assertTrue(f.deletableBy(new Caller("anna", null, Set.of(Role.GARDEN), null, null)));
        assertTrue(f.deletableBy(new Caller("boss", null, Set.of(Role.ADMIN), null, null)));
        assertFalse(f.deletableBy(new Caller("bob", null, Set.of(Role.ANIMATOR), null, null)));
    }
}
