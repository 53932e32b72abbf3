package org.paygrid.idempotency.control;

import org.paygrid.idempotency.boundary.IdempotencyKeys;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.paygrid.shared.ThisServer;
import org.paygrid.shared.logging.Log;

/**
 * After a crash, the requests this server was serving are gone, and their callers retry with the same keys: at
 * start-up their claims are released, so that the retries resume them now (the payment or cancel a dead request
 * created is found by its key) instead of answering "in flight" until they count as abandoned.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class IdempotencyClaimRecovery {

    private static final Log LOG = Log.of(IdempotencyClaimRecovery.class);

    @EJB
    IdempotencyKeys keys;

    @PostConstruct
    void releaseClaimsOfEarlierLives() {
        try {
            int released = keys.releaseEarlierLives();
            if (released > 0) {
                LOG.info(() -> released + " in-flight idempotency claim(s) of " + ThisServer.NAME
                        + "'s earlier life released");
            }
        } catch (RuntimeException databaseNotThereYet) {
            // they are abandoned after paygrid.idempotency.abandoned-after-seconds anyway
            LOG.warning(() -> "in-flight claims of an earlier life not released: " + databaseNotThereYet);
        }
    }
}
