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
}
