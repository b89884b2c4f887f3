package org.sillon.platform.control;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a failure worth retrying from one that will happen again. Transient: the database asked for a retry
 * (serialization failure, deadlock: SQLSTATE class 40), the connection broke or could not be made (08), the
 * server was short of resources or shutting down (53, 57P), a lock or statement timed out (55P03, 57014), and
 * JPA's lock and timeout exceptions. Anything else (a rule refused a value, a constraint, a bug) is not.
 */
public final class Failures {

    private Failures() {
    }

    public static boolean isTransient(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException || t instanceof QueryTimeoutException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null && (s == sql || seen.put(s, true) == null); s = s.getNextException()) {
                    if (transientState(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean transientState(String state) {
        if (state == null || state.length() != 5) {
            return false;
        }
        return state.startsWith("40") || state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || state.equals("55P03") || state.equals("57014");
    }

    /**
     * What a job row keeps of a failure, within 2,000 characters: its root cause first, then the failure as
     * thrown. The root cause is the database's own words, which a JDBC batch's exception quotes only after the
     * whole statement (a multi-row INSERT runs to tens of thousands of characters).
     */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        while (root.getCause() != null && seen.put(root, true) == null) {
            root = root.getCause();
        }
        String text = root == failure ? failure.toString() : root + " (in " + failure + ")";
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
