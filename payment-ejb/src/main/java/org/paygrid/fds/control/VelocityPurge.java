package org.paygrid.fds.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.paygrid.fds.boundary.Screen;
import org.paygrid.shared.logging.Log;

/**
 * Removes velocity counters idle for longer than the longest window a rule may have (a day) every hour, batch by
 * batch: their attempts can no longer count, and the table would otherwise grow with every new card. Each server may run it; deleting what
 * another already deleted is harmless.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VelocityPurge {

    private static final Log LOG = Log.of(VelocityPurge.class);
    private static final int BATCH = 5_000;

    @EJB
    Screen screen;

    @Schedule(hour = "*", minute = "23", persistent = false)
    public void purge() {
        try {
            int total = 0;
            int deleted;
            do {
                deleted = screen.forgetIdleCounters(BATCH);
                total += deleted;
            } while (deleted == BATCH);
            if (total > 0) {
                int purged = total;
                LOG.info(() -> purged + " idle velocity counter(s) purged");
            }
        } catch (RuntimeException e) {
            // without a transaction of its own and never failing: the container drops a timer that fails twice
            LOG.warning(() -> "velocity counter purge failed; retrying next hour", e);
        }
    }
}
