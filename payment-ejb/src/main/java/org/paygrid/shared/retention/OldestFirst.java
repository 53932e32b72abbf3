package org.paygrid.shared.retention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.paygrid.shared.persistence.SqlTime;

/**
 * The records of one table in the order of their time column, for the owner's {@link Retention}. A batch is found
 * by a plain (non-locking) read over an index on that column, from where the last batch ended, so it never scans
 * what earlier batches removed; its rows are then locked and deleted by primary key only, so no range of the
 * index is locked where live traffic inserts.
 *
 * @param table     the owner's table
 * @param key       its primary key column(s), comma-separated
 * @param time      its time column, {@code DATETIME(6)} in UTC (or {@code TIMESTAMP})
 * @param condition an extra SQL condition on the table's own columns (e.g. {@code mode = 'TEST'}), or null; the
 *                  rows it selects must be past changing back out of it
 */
public record OldestFirst(String table, String key, String time, String condition) {

    /** The oldest rows of the table still in a batch's range: their keys and the time of the newest. */
    public record Batch(List<Object[]> keys, Instant reached, boolean last) {

        /** Single-column keys, for the rows of other tables that refer to them. */
        public <T> List<T> keysAs(Class<T> type) {
            return keys.stream().map(k -> type.cast(k[0])).toList();
        }
    }

    public static OldestFirst of(String table, String key, String time) {
        return new OldestFirst(table, key, time, null);
    }

    private String[] keyColumns() {
        return Arrays.stream(key.split(",")).map(String::trim).toArray(String[]::new);
    }

    /** Up to {@code limit} of the oldest rows with a time in {@code [from, cutoff)}: a plain read, no lock. */
    public Batch oldest(EntityManager em, Instant from, Instant cutoff, int limit) {
        List<?> rows = em.createNativeQuery("select " + key + ", " + time + " from " + table + " where " + time
                        + " >= ?1 and " + time + " < ?2" + (condition == null ? "" : " and " + condition)
                        + " order by " + time + " limit " + limit)
                .setParameter(1, from).setParameter(2, cutoff).getResultList();
        int columns = keyColumns().length;
        List<Object[]> keys = rows.stream().map(row -> Arrays.copyOf((Object[]) row, columns)).toList();
        Instant reached = rows.isEmpty() ? cutoff : SqlTime.instant(((Object[]) rows.get(rows.size() - 1))[columns]);
        return new Batch(keys, reached, rows.size() < limit);
    }

    /**
     * Locks the batch's rows by primary key (a row moved out of the batch's range meanwhile is left alone) and
     * answers those it locked; the caller then deletes what belongs to them and {@link #delete}s them.
     */
    public Batch lock(EntityManager em, Batch batch) {
        if (batch.keys().isEmpty()) {
            return batch;
        }
        Query locking = em.createNativeQuery("select " + key + " from " + table + " where " + byKeys(batch.keys().size())
                + " and " + time + " <= ?" + (batch.keys().size() * keyColumns().length + 1) + " for update");
        bind(locking, batch.keys()).setParameter(batch.keys().size() * keyColumns().length + 1, batch.reached());
        List<?> locked = locking.getResultList();
        List<Object[]> keys = locked.stream().map(row -> row instanceof Object[] many ? many : new Object[] {row}).toList();
        return new Batch(keys, batch.reached(), batch.last());
    }

    /** Deletes the batch's rows by primary key; answers how many went. */
    public int delete(EntityManager em, Batch batch) {
        if (batch.keys().isEmpty()) {
            return 0;
        }
        return bind(em.createNativeQuery("delete from " + table + " where " + byKeys(batch.keys().size())), batch.keys())
                .executeUpdate();
    }

    private String byKeys(int count) {
        int columns = keyColumns().length;
        StringBuilder tuples = new StringBuilder();
        int parameter = 1;
        for (int row = 0; row < count; row++) {
            StringBuilder tuple = new StringBuilder();
            for (int column = 0; column < columns; column++) {
                tuple.append(column == 0 ? "" : ", ").append('?').append(parameter++);
            }
            tuples.append(row == 0 ? "" : ", ").append(columns == 1 ? tuple : "(" + tuple + ")");
        }
        return (columns == 1 ? key : "(" + key + ")") + " in (" + tuples + ")";
    }

    private static Query bind(Query query, List<Object[]> keys) {
        int parameter = 1;
        for (Object[] row : keys) {
            for (Object value : row) {
                query.setParameter(parameter++, value);
            }
        }
        return query;
    }
}
