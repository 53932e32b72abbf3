package org.paygrid.payment.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.payment.boundary.VirtualAccounts;
import org.paygrid.shared.logging.Log;

/**
 * Every minute ({@code paygrid.virtual-account.expiry-check-seconds}; the test stack checks more often): virtual
 * accounts past their due date are closed at the bank and their payments EXPIRED. Every server runs it; closing an
 * account locks its payment, so two servers never expire one twice.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Startup
@DependsOn("SchemaMigration")
public class VirtualAccountExpiry {

    private static final Log LOG = Log.of(VirtualAccountExpiry.class);

    @EJB
    VirtualAccounts virtualAccounts;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "paygrid.virtual-account.expiry-check-seconds", defaultValue = "60")
    long everySeconds;

    @PostConstruct
    void schedule() {
        long period = Math.max(1, everySeconds) * 1000;
        timers.createIntervalTimer(period, period, new TimerConfig(null, false));
    }

    @Timeout
    public void expire() {
        try {
            int expired = virtualAccounts.expireOverdue();
            if (expired > 0) {
                LOG.info(() -> expired + " virtual account(s) expired unpaid");
            }
        } catch (RuntimeException e) {
            // without a transaction of its own and never failing: the container drops a timer that fails twice
            LOG.warning(() -> "virtual-account expiry round failed; retrying at the next tick", e);
        }
    }
}
