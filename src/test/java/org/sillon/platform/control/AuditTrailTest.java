package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    @Test
    void diffKeepsOnlyTheFieldsThatChangedInNameOrder() {
        Map<String, Object> before = new HashMap<>();
        before.put("lastName", "Lefevre");
        before.put("email", "a@example.org");
        before.put("city", null);
        Map<String, Object> after = new HashMap<>(before);
        after.put("lastName", "Lefèvre");
        after.put("city", "Rennes");
        Map<String, AuditTrail.Change> diff = AuditTrail.diff(before, after);
        assertEquals(List.of("city", "lastName"), List.copyOf(diff.keySet()));
        assertEquals(new AuditTrail.Change(null, "Rennes"), diff.get("city"));
        assertEquals(new AuditTrail.Change("Lefevre", "Lefèvre"), diff.get("lastName"));
    }

    @Test
    void emptyTextAndNullAreTheSameAndValuesCompareAsText() {
        assertTrue(AuditTrail.diff(Map.of("a", "", "n", 3L), Map.of("n", "3")).isEmpty());
    }

    @Test
    void creationAndDeletionShowEveryValuedField() {
        assertEquals(Map.of("a", new AuditTrail.Change(null, "1")), AuditTrail.diff(Map.of(), Map.of("a", 1)));
        assertEquals(Map.of("a", new AuditTrail.Change("1", null)), AuditTrail.diff(Map.of("a", 1), Map.of()));
    }

    @Test
    void actingAsNamesTheActorOnlyForTheWork() {
        String inner = AuditTrail.actingAs("import:7",
                () -> AuditTrail.actingAs("animateur", AuditTrail::namedActor) + "/" + AuditTrail.namedActor());
        assertEquals("animateur/import:7", inner);
        assertEquals(null, AuditTrail.namedActor());
    }
}
