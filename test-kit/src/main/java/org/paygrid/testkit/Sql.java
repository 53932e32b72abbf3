package org.paygrid.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Counting rows, the check most tests and benchmarks make of the database. */
public final class Sql {

    private Sql() {
    }

    /** The first column of the first row of {@code sql} (a count or a sum), with {@code parameters} bound in order. */
    public static long count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** {@link #count(Connection, String, Object...)} on a connection of its own to the stack's database. */
    public static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = Stack.database()) {
            return count(db, sql, parameters);
        }
    }

    /**
     * Waits (up to 3 minutes) until InnoDB writes less than 2 MB/s for 3 s in a row: after a million rows were
     * inserted or deleted, it purges and writes them out for a minute or more, and a run timed meanwhile measures
     * that. Answers the seconds waited.
     */
    public static double awaitQuietDatabase(Connection db) throws SQLException, InterruptedException {
        String written = "select variable_value from information_schema.global_status "
                + "where variable_name = 'INNODB_DATA_WRITTEN'";
        long t0 = System.nanoTime();
        long last = count(db, written);
        int quietSeconds = 0;
        while (quietSeconds < 3 && (System.nanoTime() - t0) / 1e9 < 180) {
            Thread.sleep(1_000);
            long now = count(db, written);
            quietSeconds = now - last < 2_000_000 ? quietSeconds + 1 : 0;
            last = now;
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
