package org.paygrid.shared.retention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * A rule over one table whose rows stand alone: a batch is a range of its time column, deleted with one
 * statement. A rule whose rows take others with them overrides {@link #purge}.
 */
public abstract class TableRetention implements Retention {

    @PersistenceContext
    protected EntityManager em;

    /** The table, its time column and which of its rows the rule covers. */
    protected abstract OldestFirst records();

    @Override
    public TimeRange nextBatch(Instant from, Instant cutoff, int limit) {
        return records().nextBatch(em, from, cutoff, limit);
    }

    @Override
    public int purge(TimeRange batch) {
        return records().delete(em, batch);
    }
}
