package org.sillon.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * PostgreSQL started from the JVM (zonky's embedded binaries, which work even as root), for the default
 * run and for the tests. The data directory is kept, so a restart finds its data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    public static final String DATABASE = "postgres";
    /**
     * The role Sillon connects as: neither superuser nor BYPASSRLS, so that row-level security holds for it;
     * it owns the schema and what the migrations create in it.
     */
    public static final String APP_USER = "sillon";
    public static final String APP_PASSWORD = "sillon";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on {@code port} (0: any free port) with its data in {@code dataDirectory}. */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean forTests) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "Europe/Paris");
            if (forTests) {
                // a throwaway cluster: durability buys nothing and costs seconds
                builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
            database.ensureAppRole();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * Creates the application's role on a new cluster, and hands it what an older data directory (made when
     * Sillon connected as the superuser) holds in the schema.
     */
    private void ensureAppRole() {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("""
                    do $$
                    declare o record;
                    begin
                        if not exists (select 1 from pg_roles where rolname = '%1$s') then
                            create role %1$s login password '%2$s' nosuperuser nobypassrls;
                        end if;
                        alter schema public owner to %1$s;
                        grant create on database %3$s to %1$s; -- trusted extensions (pg_trgm)
                        for o in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                  where n.nspname = 'public' and c.relkind in ('r', 'S', 'v') and pg_get_userbyid(c.relowner) <> '%1$s'
                        loop
                            execute format('alter %%s %%I owner to %1$s',
                                case o.relkind when 'S' then 'sequence' when 'v' then 'view' else 'table' end, o.relname);
                        end loop;
                    end $$""".formatted(APP_USER, APP_PASSWORD, DATABASE));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the role " + APP_USER + " in the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
