package org.paygrid.shared.error;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a database that is down or unreachable apart from a bug: the caller gets a 503 and may retry with the
 * same idempotency key, instead of a 500 that reads as "something is broken". The connection pool hands out
 * validated connections again once the database is back, so nothing needs restarting.
 */
public final class DatabaseOutage {

    /** How long a caller should wait before retrying, in seconds (a database restart takes a few). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final int MAX_DEPTH = 64;

    private DatabaseOutage() {
    }

    /** Whether {@code failure} was caused by a lost or refused database connection, anywhere in its causes. */
    public static boolean causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable current = failure;
        while (current != null && seen.add(current) && seen.size() <= MAX_DEPTH) {
            if (isConnectionFailure(current)) {
                return true;
            }
            if (current instanceof SQLException sql && sql.getNextException() != null
                    && causes(sql.getNextException())) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable failure) {
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException
                || failure instanceof ConnectException) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            // SQLSTATE class 08: connection exception (SQL standard); the pool reports its own allocation failure
            // without a state, in words
            return sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || String.valueOf(sql.getMessage()).contains("Error in allocating a connection");
        }
        return false;
    }
}
