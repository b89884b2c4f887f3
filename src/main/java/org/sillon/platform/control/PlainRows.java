package org.sillon.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Statements read with plain JDBC on an entity manager's own connection, for the few lists of 100,000 rows (the
 * weekly distribution, the names of its households). EclipseLink's native queries spent more time building their
 * result records than PostgreSQL took to find the rows. The connection is the transaction's, its association set
 * (see {@link TenancyConnections}), so row-level security applies as to every other statement.
 */
public final class PlainRows {

    /** What is done with each row. */
    public interface Reader {
        void row(ResultSet r) throws SQLException;
    }

    private PlainRows() {
    }

    /** Runs {@code sql} with its parameters in order and hands each row to {@code each}. */
    public static void read(EntityManager em, String sql, Reader each, Object... parameters) {
        try (PreparedStatement statement = em.unwrap(Connection.class).prepareStatement(sql)) {
            statement.setFetchSize(10_000);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    each.row(r);
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }
}
