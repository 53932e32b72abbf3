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
     * Removes, in the caller's transaction, up to {@code limit} of the oldest records whose time is in
     * {@code [from, cutoff)}, with what belongs to them.
     */
    Purged purgeOldest(Instant from, Instant cutoff, int limit);

    /**
     * What one batch removed: {@code records} of the rule's own kind ({@code rows} of every table), the time of
     * the newest of them (where the next batch starts), and whether none older than the cutoff is left.
     */
    record Purged(int records, int rows, Instant reached, boolean last) {
    }
}
