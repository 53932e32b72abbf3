package org.paygrid.idempotency.control;

import org.paygrid.idempotency.boundary.IdempotencyKeys;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;

/**
 * Removes idempotency keys past their retention every hour, batch by batch. A key reused after its 15 days is
 * already treated as new by {@link IdempotencyKeys#claim}; this only keeps the table from growing forever.
 */
@Singleton
public class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class.getName());
    private static final int BATCH = 1_000;

    @EJB
    IdempotencyKeys keys;

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void purge() {
        int total = 0;
        int deleted;
        do {
            deleted = keys.purgeExpired(BATCH);
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            int purged = total;
            LOG.info(() -> purged + " expired idempotency key(s) purged");
        }
    }
}
