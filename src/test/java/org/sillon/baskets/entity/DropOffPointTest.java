package org.sillon.baskets.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sillon.baskets.boundary.DropOffPointDetails;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.PostalAddress;

class DropOffPointTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aPointKeepsItsTidiedDescription() {
        DropOffPoint p = new DropOffPoint(new DropOffPointDetails("  Mairie   de  Larmor ", new PostalAddress(null, null,
                null, null, null), "  ", DayOfWeek.THURSDAY, 30, 12L, null), NOW);
        assertEquals("Mairie de Larmor", p.name());
        assertNull(p.address(), "an empty address is none");
        assertNull(p.openingHours());
        assertEquals(30, p.capacity());
        p.contactBecomes(null);
        assertNull(p.contactPersonId());
    }

    @Test
    void everyFaultIsRefusedAtOnceAndTheCapacityIsBounded() {
        InvalidValue e = assertThrows(InvalidValue.class, () -> new DropOffPoint(new DropOffPointDetails(null, null,
                "x".repeat(201), null, 0, null, null), NOW));
        assertEquals(List.of("name", "openingHours", "deliveryDay", "capacity"),
                e.faults().stream().map(InvalidValue::field).toList());
        assertThrows(InvalidValue.class, () -> new DropOffPoint(new DropOffPointDetails("Gare", null, null,
                DayOfWeek.FRIDAY, DropOffPoint.MAX_CAPACITY + 1, null, null), NOW));
        assertEquals("capacity", assertThrows(InvalidValue.class, () -> new DropOffPoint(new DropOffPointDetails("Gare",
                null, null, DayOfWeek.FRIDAY, null, null, null), NOW)).field());
    }
}
