package org.paygrid.shared.retention;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.paygrid.shared.persistence.SqlTime;
import org.paygrid.shared.retention.Retention.TimeRange;

/**
 * The records of one table in the order of their time column, for the owner's {@link Retention}: batches are
 * ranges of that column (an index on it, after the columns of {@code condition}, makes each an index range), so
 * a batch never scans what earlier batches removed and locks only rows long past changing.
 *
 * @param table     the owner's table
 * @param time      its time column, {@code DATETIME(6)} in UTC
 * @param condition an extra SQL condition on the table's own columns (e.g. {@code mode = 'TEST'}), or null
 */
public record OldestFirst(String table, String time, String condition) {

    public static OldestFirst of(String table, String time) {
        return new OldestFirst(table, time, null);
    }

    /** The SQL condition of a batch over this table, with the range as parameters ?1 and ?2. */
    public String inRange() {
        return time + " >= ?1 and " + time + " < ?2" + (condition == null ? "" : " and " + condition);
    }

    public TimeRange nextBatch(EntityManager em, Instant from, Instant cutoff, int limit) {
        List<?> limitTh = em.createNativeQuery("select " + time + " from " + table + " where " + inRange()
                        + " order by " + time + " limit 1 offset " + (limit - 1))
                .setParameter(1, from).setParameter(2, cutoff).getResultList();
        if (limitTh.isEmpty()) {
            return new TimeRange(from, cutoff, true);
        }
        Instant until = SqlTime.instant(limitTh.get(0)).plus(1, ChronoUnit.MICROS);
        return until.isBefore(cutoff) ? new TimeRange(from, until, false) : new TimeRange(from, cutoff, true);
    }

    /** Deletes the table's rows in the batch (rows of other tables that go with them are the caller's). */
    public int delete(EntityManager em, TimeRange batch) {
        return em.createNativeQuery("delete from " + table + " where " + inRange())
                .setParameter(1, batch.from()).setParameter(2, batch.until()).executeUpdate();
    }

    /** The keys of the table's rows in the batch, for rows elsewhere that refer to them. */
    public List<String> keys(EntityManager em, String keyColumn, TimeRange batch) {
        return em.createNativeQuery("select " + keyColumn + " from " + table + " where " + inRange() + " for update",
                        String.class)
                .setParameter(1, batch.from()).setParameter(2, batch.until()).getResultList();
    }
}
