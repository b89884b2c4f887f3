package org.sillon.followup.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.ParisTime;
import org.sillon.followup.boundary.TaskDetails;
import java.util.Set;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.boundary.Role;

class FollowUpTaskTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");

    private static FollowUpTask dueOn(LocalDate day) {
        return new FollowUpTask(new TaskDetails("Rappeler Mme Le Goff", null, day, "Anim", 1L, null, null),
                "admin", CREATED);
    }

    @Test
    void aTaskBecomesLateAtMidnightInParisNotInUtc() {
        FollowUpTask task = dueOn(LocalDate.of(2026, 3, 10));
        // 23:30 in Paris on the due day (22:30 UTC, winter time): still due today
        assertFalse(task.isLateOn(ParisTime.dayOf(Instant.parse("2026-03-10T22:30:00Z"))));
        // 00:30 in Paris the next day, while it is still the 10th in UTC: late
        assertTrue(task.isLateOn(ParisTime.dayOf(Instant.parse("2026-03-10T23:30:00Z"))));
        assertEquals(LocalDate.of(2026, 3, 11), ParisTime.dayOf(Instant.parse("2026-03-10T23:30:00Z")));
    }

    @Test
    void summerTimeMovesMidnightAnHourEarlierInUtc() {
        FollowUpTask task = dueOn(LocalDate.of(2026, 7, 14));
        assertFalse(task.isLateOn(ParisTime.dayOf(Instant.parse("2026-07-14T21:59:00Z"))));
        assertTrue(task.isLateOn(ParisTime.dayOf(Instant.parse("2026-07-14T22:00:00Z"))));
    }

    @Test
    void aDoneTaskIsNeverLateAndCanBeReopened() {
        FollowUpTask task = dueOn(LocalDate.of(2026, 3, 10));
        Instant later = Instant.parse("2026-04-01T10:00:00Z");
        assertTrue(task.isLateOn(ParisTime.dayOf(later)));
        task.markDone("anim", later);
        assertTrue(task.isDone());
        assertFalse(task.isLateOn(ParisTime.dayOf(later)));
        assertEquals("anim", task.doneBy());
        assertEquals(later, task.doneAt());
        assertThrows(InvalidValue.class, () -> task.markDone("anim", later));
        task.reopen();
        assertFalse(task.isDone());
        assertNull(task.doneBy());
        assertTrue(task.isLateOn(ParisTime.dayOf(later)));
        InvalidValue twice = assertThrows(InvalidValue.class, task::reopen);
        assertEquals("state", twice.field());
    }

    @Test
    void theOwnerOrAnEditorClosesATask() {
        FollowUpTask task = dueOn(LocalDate.of(2026, 3, 10));
        assertEquals("anim", task.owner());
        assertTrue(task.closableBy(new Caller("anim", null, Set.of(Role.GARDEN), null, null)), "its owner");
        assertTrue(task.closableBy(new Caller("someone", null, Set.of(Role.ANIMATOR), null, null)), "an editor");
        assertFalse(task.closableBy(new Caller("someone", null, Set.of(Role.TREASURER), null, null)));
        assertFalse(task.closableBy(Caller.anonymous()));
    }

    @Test
    void aTaskIsAboutOneSubjectAtMostAndNeedsTitleDateAndOwner() {
        InvalidValue two = assertThrows(InvalidValue.class, () -> new FollowUpTask(
                new TaskDetails("T", null, LocalDate.of(2026, 3, 10), "anim", 1L, 2L, null), "admin", CREATED));
        assertEquals("personId", two.field());
        assertEquals("title", assertThrows(InvalidValue.class, () -> new FollowUpTask(
                new TaskDetails(" ", null, LocalDate.of(2026, 3, 10), "anim", null, null, null), "admin", CREATED)).field());
        assertEquals("title", assertThrows(InvalidValue.class, () -> new FollowUpTask(
                new TaskDetails("x".repeat(201), null, LocalDate.of(2026, 3, 10), "anim", null, null, null), "admin", CREATED)).field());
        assertEquals("dueOn", assertThrows(InvalidValue.class, () -> new FollowUpTask(
                new TaskDetails("T", null, null, "anim", null, null, null), "admin", CREATED)).field());
        assertEquals("owner", assertThrows(InvalidValue.class, () -> new FollowUpTask(
                new TaskDetails("T", null, LocalDate.of(2026, 3, 10), "", null, null, null), "admin", CREATED)).field());
        FollowUpTask none = new FollowUpTask(
                new TaskDetails("T", "  ", LocalDate.of(2026, 3, 10), "anim", null, null, 7L), "admin", CREATED);
        assertEquals(7L, none.householdId());
        assertNull(none.notes());
    }
}
