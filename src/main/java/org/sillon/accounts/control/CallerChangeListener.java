package org.sillon.accounts.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;
import org.sillon.platform.control.SchemaMigration.SchemaReady;

/**
 * Listens, on a connection of its own, for the database telling that accounts, roles or tokens changed (the
 * triggers of migration V40, fired by this server, another one or a script) and makes the {@link CallerCache}
 * forget. It trusts the channel only once it has heard itself on it, and hears itself again after ten quiet
 * seconds; while it cannot, the cache remembers nothing, and it connects again every few seconds.
 */
@ApplicationScoped
public class CallerChangeListener {

    private static final Logger LOG = Logger.getLogger(CallerChangeListener.class.getName());

    static final String CHANNEL = "sillon_callers";
    /** The name this connection shows in {@code pg_stat_activity}, apart from the pool's. */
    public static final String APPLICATION_NAME = "sillon-callers";
    /** How long a wait for notifications lasts before the connection is checked by hearing itself. */
    private static final int CHECK_MILLIS = 10_000;
    private static final long RETRY_MILLIS = 2_000;

    @Inject
    CallerCache cache;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "sillon.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "sillon.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "sillon.db.password")
    String password;

    private volatile boolean stopping;
    private volatile Connection connection;
    private Thread thread;

    /** After the migrations, which create the triggers. */
    void start(@Observes SchemaReady ready) {
        if (!cache.enabled()) {
            return;
        }
        thread = threads.newThread(this::listen);
        thread.setName("sillon-caller-changes");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        closeQuietly(connection); // wakes the thread from its wait
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        boolean warned = false;
        while (!stopping) {
            try (Connection c = connect()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("listen " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                hearOneself(c, pg);
                cache.listening(true);
                if (warned) {
                    LOG.info("Listening again for changes to accounts and tokens; callers are remembered again");
                    warned = false;
                }
                while (!stopping) {
                    if (!heard(pg, CHECK_MILLIS, null)) {
                        hearOneself(c, pg);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.listening(false);
                if (!stopping && !warned) {
                    LOG.log(Level.WARNING, "Cannot listen for changes to accounts and tokens; every request reads"
                            + " its caller until the connection is back", e);
                    warned = true;
                }
            } finally {
                connection = null;
            }
            pause();
        }
        cache.listening(false);
    }

    /**
     * Tells the channel something and waits to hear it back: the connection is alive and notifications reach it,
     * which a connection pooler in transaction mode would not let them do.
     */
    private void hearOneself(Connection c, PGConnection pg) throws SQLException {
        String probe = "probe " + UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("select pg_notify(?, ?)")) {
            s.setString(1, CHANNEL);
            s.setString(2, probe);
            s.execute();
        }
        if (!heard(pg, CHECK_MILLIS, probe)) {
            throw new SQLException("A notification sent on " + CHANNEL + " did not come back within "
                    + CHECK_MILLIS / 1000 + " s: the database does not deliver notifications to this connection"
                    + " (a connection pooler in transaction mode?)");
        }
    }

    /**
     * Waits up to {@code millis} for notifications, forgetting the callers at each change told; answers whether
     * something was heard, or when {@code probe} is given, whether the probe was.
     */
    private boolean heard(PGConnection pg, int millis, String probe) throws SQLException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        for (long left = millis; left > 0; left = (deadline - System.nanoTime()) / 1_000_000L) {
            PGNotification[] told = pg.getNotifications((int) Math.max(1, left));
            boolean probed = false;
            boolean changed = false;
            for (PGNotification n : told == null ? new PGNotification[0] : told) {
                if (n.getParameter().startsWith("probe ")) {
                    probed |= n.getParameter().equals(probe);
                } else {
                    changed = true;
                }
            }
            if (changed) {
                cache.forget();
            }
            if (probe == null ? told != null && told.length > 0 : probed) {
                return true;
            }
        }
        return false;
    }

    private Connection connect() throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPassword(password);
        source.setApplicationName(APPLICATION_NAME);
        source.setTcpKeepAlive(true);
        source.setSocketTimeout(2 * CHECK_MILLIS / 1000);
        return source.getConnection();
    }

    private void pause() {
        if (stopping) {
            return;
        }
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing to wake the thread; it may already be closed
            }
        }
    }
}
