package org.sillon.platform.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database, then announces
 * {@link SchemaReady} so that bootstrap and demo loaders run on a current schema. The schema is owned by the
 * versioned scripts in {@code db/migration}; JPA never generates DDL.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    /** Fired once per start, after the migrations succeeded. */
    public record SchemaReady(String version) {
    }

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Event<SchemaReady> ready;

    private volatile String version = "unknown";

    void onStart(@Observes @Priority(1) @Initialized(ApplicationScoped.class) Object unused) {
        refuseRolesAboveThePolicies();
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        version = current == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
        ready.fire(new SchemaReady(version));
    }

    /**
     * Associations are kept apart by row-level security, which a superuser or a BYPASSRLS role does not obey:
     * Sillon will not start connected as one.
     */
    private void refuseRolesAboveThePolicies() {
        try (Connection c = dataSource.getConnection(); ResultSet role = c.createStatement().executeQuery(
                "select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
            role.next();
            if (role.getBoolean(2) || role.getBoolean(3)) {
                throw new IllegalStateException("Sillon connects to PostgreSQL as '" + role.getString(1) + "', a "
                        + (role.getBoolean(2) ? "superuser" : "BYPASSRLS role") + " that row-level security does not"
                        + " bind; associations would not be kept apart. Connect as a role with neither (see"
                        + " docs/configuration.md, \"Database\").");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database role Sillon connects as", e);
        }
    }

    /** The schema version this instance migrated to, for the health check. */
    public String version() {
        return version;
    }
}
