package org.sillon.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.sillon.platform.control.Database;
import org.sillon.platform.control.SchemaMigration;

/** Ready when the database answers; reports the schema version the migrations reached. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SchemaMigration schema;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(5);
            s.execute("select 1");
            return HealthCheckResponse.named("database").up().withData("schema", schema.version()).build();
        } catch (SQLException e) {
            // the details (hosts, users) are for the log, not for whoever can reach /health
            LOG.log(Level.WARNING, "Database health check failed", e);
            return HealthCheckResponse.named("database").down().withData("error", "database unreachable").build();
        }
    }
}
