package org.sillon.platform.control;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Gives each connection EclipseLink takes for an entity manager its association, as PostgreSQL's
 * {@code sillon.association} setting, and takes it back on release: with
 * {@code eclipselink.jdbc.exclusive-connection.mode=Always}, every statement of an entity manager, lazy loads
 * included, goes through that one connection, so row-level security sees the right association whichever
 * statement runs first. (EclipseLink's own way for Oracle VPD, applied to PostgreSQL's policies.) The association
 * is the one {@link AssociationBinder} bound the transaction to, else the thread's; what was given is noted in the
 * transaction, so that the binder sets it again only when the connection was taken before the binding.
 */
public class TenancyConnections implements SessionCustomizer {

    /** Transaction resource: the setting the transaction's connection was given when taken. */
    static final Object GIVEN = new Object();

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            private volatile TransactionSynchronizationRegistry registry;

            @Override
            public void postAcquireExclusiveConnection(SessionEvent event) {
                TransactionSynchronizationRegistry transactions = registry();
                boolean inTransaction = transactions.getTransactionKey() != null;
                Long association = inTransaction ? (Long) transactions.getResource(AssociationBinder.KEY) : null;
                if (association == null) {
                    association = Tenancy.current();
                }
                String given = association == null ? "" : association.toString();
                set(event, given);
                if (inTransaction) {
                    transactions.putResource(GIVEN, given);
                }
            }

            @Override
            public void preReleaseExclusiveConnection(SessionEvent event) {
                set(event, "");
            }

            private TransactionSynchronizationRegistry registry() {
                if (registry == null) {
                    try {
                        registry = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
                    } catch (NamingException e) {
                        throw new IllegalStateException("No transaction registry to read the association from", e);
                    }
                }
                return registry;
            }
        });
    }

    private static void set(SessionEvent event, String association) {
        Connection connection = ((Accessor) event.getResult()).getConnection();
        try (PreparedStatement s = connection.prepareStatement("select set_config('sillon.association', ?, false)")) {
            s.setString(1, association);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the connection its association", e);
        }
    }
}
