package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.AuditEvent;

class AuditChangesTest {

    private static AuditEvent line(String changes) {
        return new AuditEvent(Instant.EPOCH, "admin", "Person", 7L, AuditTrail.UPDATED, changes, null, null);
    }

    @Test
    void aLineGivesBackItsChangesInTheOrderWritten() {
        Map<String, AuditTrail.Change> changes = AuditTrail.changesOf(line(
                "{\"lastName\":{\"from\":\"Lefevre\",\"to\":\"Lefèvre\"},\"city\":{\"from\":null,\"to\":\"Rennes\"}}"));
        assertEquals(List.of("lastName", "city"), List.copyOf(changes.keySet()));
        assertEquals(new AuditTrail.Change("Lefevre", "Lefèvre"), changes.get("lastName"));
        assertEquals(new AuditTrail.Change(null, "Rennes"), changes.get("city"));
    }

    @Test
    void aLineWhoseValuesWereForgottenHasNoChanges() {
        AuditEvent e = line("{\"email\":{\"from\":\"a@example.org\",\"to\":null}}");
        e.forgetValues();
        assertTrue(AuditTrail.changesOf(e).isEmpty());
    }
}
