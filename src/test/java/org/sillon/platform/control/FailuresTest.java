package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.Message;

class FailuresTest {

    private static RuntimeException wrapped(Throwable t) {
        return new PersistenceException("flush failed", new RuntimeException("internal", t));
    }

    @Test
    void theDatabaseAskingForARetryOrALostConnectionIsTransient() {
        assertTrue(Failures.isTransient(wrapped(new SQLException("could not serialize", "40001"))));
        assertTrue(Failures.isTransient(wrapped(new SQLException("deadlock detected", "40P01"))));
        assertTrue(Failures.isTransient(wrapped(new SQLException("connection failure", "08006"))));
        assertTrue(Failures.isTransient(wrapped(new SQLException("terminating connection", "57P01"))));
        assertTrue(Failures.isTransient(wrapped(new SQLException("lock not available", "55P03"))));
        assertTrue(Failures.isTransient(wrapped(new SQLException("statement timeout", "57014"))));
        assertTrue(Failures.isTransient(wrapped(new SQLTransientConnectionException("pool exhausted"))));
        assertTrue(Failures.isTransient(new OptimisticLockException("changed meanwhile")));
    }

    @Test
    void aBatchNamesItsCauseInItsNextException() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 3 failed", "xx000", new int[0]);
        batch.setNextException(new SQLException("could not serialize", "40001"));
        assertTrue(Failures.isTransient(wrapped(batch)));
    }

    @Test
    void refusalsAndBugsAreNot() {
        assertFalse(Failures.isTransient(wrapped(new SQLException("duplicate key", "23505"))));
        assertFalse(Failures.isTransient(wrapped(new SQLException("raised by a trigger", "P0001"))));
        assertFalse(Failures.isTransient(wrapped(new SQLException("no state"))));
        assertFalse(Failures.isTransient(ProblemException.invalid("email", Message.of("person.emailTaken", "anne@example.org"))));
        assertFalse(Failures.isTransient(new NullPointerException()));
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(Failures.isTransient(a));
        assertTrue(Failures.describe(a).startsWith("java.lang.RuntimeException: a"));
    }

    @Test
    void aDescriptionNamesTheRootCauseFirstAndIsBounded() {
        assertEquals("java.sql.SQLException: could not serialize (in jakarta.persistence.PersistenceException: flush failed)",
                Failures.describe(wrapped(new SQLException("could not serialize", "40001"))));
        assertEquals(2000, Failures.describe(new RuntimeException("x".repeat(3000))).length());
    }

    @Test
    void theDatabaseReasonSurvivesAStatementTooLongToKeep() {
        SQLException refused = new SQLException("ERROR: refused for the test", "P0001");
        RuntimeException batch = new RuntimeException("Batch entry 0 INSERT INTO person VALUES " + "(1, 'x'),".repeat(500),
                new java.sql.BatchUpdateException("batch aborted", "P0001", 0, new int[0], refused));
        String kept = Failures.describe(batch);
        assertEquals(2000, kept.length());
        assertTrue(kept.startsWith("java.sql.SQLException: ERROR: refused for the test"), kept);
    }
}
