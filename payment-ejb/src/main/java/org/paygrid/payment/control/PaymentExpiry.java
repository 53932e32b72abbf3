package org.paygrid.payment.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.shared.logging.Log;

/** Expires payments that were not confirmed within the deadline (default 30 minutes), every minute. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentExpiry {

    private static final Log LOG = Log.of(PaymentExpiry.class);

    @EJB
    PaymentStore store;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "paygrid.payment.confirm-deadline-minutes", defaultValue = "30")
    long deadlineMinutes;

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void expireOverdue() {
        try {
            int expired = store.expireOverdue(clock.instant().minus(Duration.ofMinutes(deadlineMinutes)));
            if (expired > 0) {
                LOG.info(() -> expired + " payment(s) expired unconfirmed");
            }
        } catch (RuntimeException e) {
            // without a transaction of its own and never failing: the container drops a timer that fails twice
            LOG.warning(() -> "expiry round failed; retrying at the next tick", e);
        }
    }
}
