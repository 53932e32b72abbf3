package org.paygrid.shared.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Times and dates as native SQL hands them over and takes them: the database keeps instants as UTC
 * {@code DATETIME(6)} (like {@code hibernate.jdbc.time_zone=UTC}) and business dates as {@code DATE}.
 */
public final class SqlTime {

    private SqlTime() {
    }

    /** A {@code DATETIME} read by a native query (Timestamp or LocalDateTime, UTC), or a java.util.Date; null stays null. */
    public static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        return (Instant) value;
    }

    /** A {@code DATE} read by a native query. */
    public static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    /** An instant as a UTC {@code DATETIME} parameter of plain JDBC. */
    public static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
