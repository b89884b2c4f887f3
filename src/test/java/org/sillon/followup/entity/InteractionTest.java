package org.sillon.followup.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.followup.boundary.InteractionDetails;
import org.sillon.followup.boundary.InteractionKind;
import java.util.Set;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.boundary.Role;

class InteractionTest {

    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    private static InteractionDetails call(Instant at, Long personId, Long organisationId) {
        return new InteractionDetails(InteractionKind.CALL, at, "  Relance   cotisation ", null, personId, organisationId);
    }

    @Test
    void anInteractionCannotHaveHappenedInTheFuture() {
        InvalidValue future = assertThrows(InvalidValue.class,
                () -> new Interaction(call(NOW.plusSeconds(60), 1L, null), "anim", NOW));
        assertEquals("occurredAt", future.field());
        Interaction now = new Interaction(call(NOW, 1L, null), "anim", NOW);
        assertEquals(NOW, now.occurredAt());
        assertEquals("Relance cotisation", now.subject());
    }

    @Test
    void itIsWithAPersonOrAnOrganisationPossiblyThroughOneOfItsPersons() {
        InvalidValue nobody = assertThrows(InvalidValue.class, () -> new Interaction(call(NOW, null, null), "anim", NOW));
        assertEquals("personId", nobody.field());
        Interaction withContact = new Interaction(call(NOW, 3L, 9L), "anim", NOW);
        assertEquals(3L, withContact.personId());
        assertEquals(9L, withContact.organisationId());
        assertEquals(9L, new Interaction(call(NOW, null, 9L), "anim", NOW).organisationId());
    }

    @Test
    void kindSubjectAndNotesAreChecked() {
        assertEquals("kind", assertThrows(InvalidValue.class, () -> new Interaction(
                new InteractionDetails(null, NOW, "s", null, 1L, null), "anim", NOW)).field());
        assertEquals("subject", assertThrows(InvalidValue.class, () -> new Interaction(
                new InteractionDetails(InteractionKind.EMAIL, NOW, "x".repeat(201), null, 1L, null), "anim", NOW)).field());
        assertEquals("notes", assertThrows(InvalidValue.class, () -> new Interaction(
                new InteractionDetails(InteractionKind.EMAIL, NOW, "s", "x".repeat(4001), 1L, null), "anim", NOW)).field());
    }

    @Test
    void onlyItsAuthorOrAnAdministratorChangesIt() {
        Interaction i = new Interaction(call(NOW, 1L, null), "anim", NOW);
        assertTrue(i.editableBy(new Caller("anim", null, Set.of(Role.ANIMATOR), null, null)));
        assertTrue(i.editableBy(new Caller("boss", null, Set.of(Role.ADMIN), null, null)));
        assertFalse(i.editableBy(new Caller("other", null, Set.of(Role.ANIMATOR), null, null)),
                "another editor is not its author");
    }
}
