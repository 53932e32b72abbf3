package org.paygrid.shared.retention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * A rule over one table: each batch reads the oldest rows, locks them by primary key, deletes what belongs to
 * them ({@link #removeBelongings}, nothing unless overridden) and then them.
 */
public abstract class TableRetention implements Retention {

    @PersistenceContext
    protected EntityManager em;

    /** The table, its key and time columns and which of its rows the rule covers. */
    protected abstract OldestFirst records();

    /** The rows of other tables that go with the batch's rows, deleted before them; answers how many. */
    protected int removeBelongings(OldestFirst.Batch batch) {
        return 0;
    }

    @Override
    public Purged purgeOldest(Instant from, Instant cutoff, int limit) {
        OldestFirst.Batch batch = records().lock(em, records().oldest(em, from, cutoff, limit));
        int rows = removeBelongings(batch) + records().delete(em, batch);
        return new Purged(batch.keys().size(), rows, batch.reached(), batch.last());
    }
}
