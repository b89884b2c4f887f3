package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventListener;
import org.eclipse.persistence.sessions.SessionEventManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sillon.dev.EmbeddedDatabase;
import org.sillon.testing.TestServices;

/**
 * A pooled connection keeps no association once its work is done, whichever way it was taken: the next user of
 * the connection (a health check, a job, the platform's own reads) must not see another association's rows.
 * {@link TenancyConnections} is given connections to the real PostgreSQL as EclipseLink gives them, and fake
 * transactions.
 */
class TenancyConnectionsIT {

    private final Transactions transactions = new Transactions();
    private Session session;
    private SessionEventListener listener;
    private Connection connection;
    private DatabaseAccessor accessor;

    @BeforeEach
    void customize() throws SQLException {
        SessionEventManager events = new SessionEventManager();
        session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getEventManager")) {
                        return events;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        new TenancyConnections(() -> transactions).customize(session);
        listener = events.getListeners().get(0);
        connection = DriverManager.getConnection(TestServices.jdbcUrl(), EmbeddedDatabase.USER,
                EmbeddedDatabase.PASSWORD);
        accessor = new DatabaseAccessor(connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void aConnectionTakenInATransactionForgetsItsAssociationAtTheCommit() throws SQLException {
        takenInATransactionThenCommitted(7L);
    }

    @Test
    void aConnectionTakenInATransactionForTheThreadsAssociationForgetsItAtTheRollback() throws SQLException {
        connection.setAutoCommit(false);
        transactions.begin();
        try (Tenancy.Scope scope = Tenancy.enter(8)) {
            taken();
        }
        assertEquals("8", association());
        connection.rollback();
        transactions.end();
        released();
        assertEquals("", association());
    }

    @Test
    void aConnectionTakenOutsideATransactionKeepsItsAssociationUntilReleased() throws SQLException {
        try (Tenancy.Scope scope = Tenancy.enter(5)) {
            taken();
        }
        assertEquals("5", association());
        assertEquals("5", association(), "every statement until the release");
        released();
        assertEquals("", association());
    }

    @Test
    void aConnectionTakenAgainInATransactionAfterItsSessionsAssociationKeepsNeither() throws SQLException {
        try (Tenancy.Scope scope = Tenancy.enter(5)) {
            taken();
        }
        released();
        takenInATransactionThenCommitted(7L);
    }

    @Test
    void aConnectionTakenForNoAssociationIsGivenNone() throws SQLException {
        takenInATransactionThenCommitted(null);
    }

    /**
     * Takes the connection in a transaction bound to {@code association} (to none if null), checks what it and
     * the transaction were given, commits, releases it, and checks that it kept nothing.
     */
    private void takenInATransactionThenCommitted(Long association) throws SQLException {
        String given = association == null ? "" : association.toString();
        connection.setAutoCommit(false);
        transactions.begin();
        if (association != null) {
            transactions.putResource(AssociationBinder.KEY, association);
        }
        taken();
        assertEquals(given, association());
        assertEquals(given, transactions.getResource(TenancyConnections.GIVEN));
        connection.commit();
        transactions.end();
        released();
        assertEquals("", association());
    }

    private void taken() {
        listener.postAcquireExclusiveConnection(event(SessionEvent.PostAcquireExclusiveConnection));
    }

    private void released() {
        listener.preReleaseExclusiveConnection(event(SessionEvent.PreReleaseExclusiveConnection));
    }

    private SessionEvent event(int code) {
        SessionEvent event = new SessionEvent(code, session);
        event.setResult(accessor);
        return event;
    }

    /** The association the connection's next statement would work for; empty for none. */
    private String association() throws SQLException {
        try (ResultSet rs = connection.createStatement()
                .executeQuery("select coalesce(current_setting('sillon.association', true), '')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** One transaction at a time, with its resources, as the server's registry keeps them. */
    private static final class Transactions implements TransactionSynchronizationRegistry {

        private Object key;
        private final Map<Object, Object> resources = new HashMap<>();

        void begin() {
            key = new Object();
        }

        void end() {
            key = null;
            resources.clear();
        }

        @Override
        public Object getTransactionKey() {
            return key;
        }

        @Override
        public void putResource(Object resourceKey, Object value) {
            resources.put(resourceKey, value);
        }

        @Override
        public Object getResource(Object resourceKey) {
            return resources.get(resourceKey);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return key == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
