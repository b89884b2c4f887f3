package org.sillon.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Gives each connection EclipseLink takes for an entity manager the association of the thread that takes it,
 * as PostgreSQL's {@code sillon.association} setting, and takes it back on release: with
 * {@code eclipselink.jdbc.exclusive-connection.mode=Always}, every statement of an entity manager, lazy loads
 * included, goes through that one connection, so row-level security sees the right association whichever
 * statement runs first. (EclipseLink's own way for Oracle VPD, applied to PostgreSQL's policies.)
 */
public class TenancyConnections implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postAcquireExclusiveConnection(SessionEvent event) {
                Long association = Tenancy.current();
                set(event, association == null ? "" : association.toString());
            }

            @Override
            public void preReleaseExclusiveConnection(SessionEvent event) {
                set(event, "");
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
