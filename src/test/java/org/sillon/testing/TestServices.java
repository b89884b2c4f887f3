package org.sillon.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.sillon.dev.EmbeddedDatabase;

/**
 * The real PostgreSQL and SMTP server the integration tests run against, started once per test JVM on the
 * ports Maven reserved (the Payara Micro under test reads the same ports from its environment). The
 * database starts empty at every run.
 */
public final class TestServices {

    private static EmbeddedDatabase database;
    private static GreenMail mail;

    private TestServices() {
    }

    public static synchronized void start() {
        if (database != null) {
            return;
        }
        int dbPort = Integer.parseInt(required("sillon.test.db.port"));
        int smtpPort = Integer.parseInt(required("sillon.test.smtp.port"));
        try {
            Path data = Files.createTempDirectory(Path.of(System.getProperty("sillon.basedir", "."), "target"),
                    "test-postgres-");
            database = EmbeddedDatabase.start(data, dbPort, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.stop();
            database.close();
        }));
    }

    public static GreenMail mail() {
        start();
        return mail;
    }

    /** Stops the SMTP server, as an outage does; {@link #restartMail()} brings it back on the same port. */
    public static synchronized void stopMail() {
        start();
        mail.stop();
    }

    public static synchronized void restartMail() {
        int port = Integer.parseInt(required("sillon.test.smtp.port"));
        mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    /** Where the test database listens, for tests that connect as another role. */
    public static String jdbcUrl() {
        start();
        return database.jdbcUrl();
    }

    /**
     * A direct connection, for tests that check what the API stored: as the superuser, which sees every
     * association's rows; what it inserts belongs to the default association.
     */
    public static Connection jdbc() throws SQLException {
        start();
        Connection c = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
        try (var s = c.createStatement()) {
            s.execute("select set_config('sillon.association', (select min(id)::text from association), false)");
        } catch (SQLException beforeTheSchema) {
            c.close();
            c = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
        }
        return c;
    }

    /** The single number a query such as "select count(*) from person" answers. */
    public static long count(String sql) throws SQLException {
        try (Connection c = jdbc(); java.sql.ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is set by the Maven build (failsafe)");
        }
        return value;
    }
}
