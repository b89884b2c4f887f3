package org.sillon.platform.control;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Gives each connection EclipseLink takes for an entity manager its association, as PostgreSQL's
 * {@code sillon.association} setting: with
 * {@code eclipselink.jdbc.exclusive-connection.mode=Always}, every statement of an entity manager, lazy loads
 * included, goes through that one connection, so row-level security sees the right association whichever
 * statement runs first. (EclipseLink's own way for Oracle VPD, applied to PostgreSQL's policies.) The association
 * is the one {@link AssociationBinder} bound the transaction to, else the thread's; what was given is noted in the
 * transaction, so that the binder sets it again only when the connection was taken before the binding. Inside a
 * transaction the setting is transaction-local, so that the commit or the rollback takes it back with no statement
 * of its own; a connection taken outside one is given it for the session and has it taken back on release.
 */
public class TenancyConnections implements SessionCustomizer {

    /** Transaction resource: the setting the transaction's connection was given when taken. */
    static final Object GIVEN = new Object();

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private final Supplier<TransactionSynchronizationRegistry> transactions;

    /** EclipseLink's: the server's transactions, looked up when the first connection is taken. */
    public TenancyConnections() {
        this(TenancyConnections::lookUpTransactions);
    }

    /** With transactions of a test's own. */
    TenancyConnections(Supplier<TransactionSynchronizationRegistry> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            private volatile TransactionSynchronizationRegistry registry;
            /** The connections given an association for their session, until they are released. */
            private final Set<Object> sessionWide = ConcurrentHashMap.newKeySet();

            @Override
            public void postAcquireExclusiveConnection(SessionEvent event) {
                TransactionSynchronizationRegistry transactions = registry();
                boolean inTransaction = transactions.getTransactionKey() != null;
                Long association = inTransaction ? (Long) transactions.getResource(AssociationBinder.KEY) : null;
                if (association == null) {
                    association = Tenancy.current();
                }
                String given = association == null ? "" : association.toString();
                set(event, given, inTransaction);
                if (inTransaction) {
                    transactions.putResource(GIVEN, given);
                } else {
                    sessionWide.add(event.getResult());
                }
            }

            @Override
            public void preReleaseExclusiveConnection(SessionEvent event) {
                if (sessionWide.remove(event.getResult())) {
                    set(event, "", false);
                }
            }

            private TransactionSynchronizationRegistry registry() {
                if (registry == null) {
                    registry = transactions.get();
                }
                return registry;
            }
        });
    }

    private static TransactionSynchronizationRegistry lookUpTransactions() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
        } catch (NamingException e) {
            throw new IllegalStateException("No transaction registry to read the association from", e);
        }
    }

    private static void set(SessionEvent event, String association, boolean transactionLocal) {
        Connection connection = ((Accessor) event.getResult()).getConnection();
        try (PreparedStatement s = connection.prepareStatement("select set_config('sillon.association', ?, ?)")) {
            s.setString(1, association);
            s.setBoolean(2, transactionLocal);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the connection its association", e);
        }
    }
}
