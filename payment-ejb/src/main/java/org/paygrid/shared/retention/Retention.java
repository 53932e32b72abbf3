package org.paygrid.shared.retention;

import java.time.Instant;
import java.time.Period;

/**
 * How long a capability keeps one kind of its records, and how to remove those past it. Each capability declares
 * its own rules as CDI beans implementing this (it alone names its tables); the housekeeping finds them, runs each
 * once a day across the cluster and keeps every batch short (docs/operations.md, "Retention").
 */
public interface Retention {

    /** A short stable name ("events"): in logs, the staff API and the metrics. */
    String name();

    /** How long a record is kept after its time (e.g. 30 days for events, 12 months for the staff audit). */
    Period keptFor();

    /**
     * Removes, in the caller's transaction, the records whose time is in {@code [batch.from, batch.until)}: the
     * caller chose the range with {@link #nextBatch} so that it holds about as many records as it can remove
     * within its time budget. Answers how many records (rows of every table involved) went.
     */
    int purge(TimeRange batch);

    /**
     * The next batch: from {@code from}, the time of the {@code limit}-th oldest record older than {@code cutoff}
     * (plus a microsecond), or {@code cutoff} when fewer remain. Read in the caller's transaction.
     */
    TimeRange nextBatch(Instant from, Instant cutoff, int limit);

    /** A half-open range of record times; {@code last} when it reaches the cutoff, so no batch follows. */
    record TimeRange(Instant from, Instant until, boolean last) {
    }
}
