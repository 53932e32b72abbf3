package org.paygrid.payment.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;
import org.paygrid.payment.boundary.VirtualAccounts;

/** Every minute: virtual accounts past their due date are closed at the bank and their payments EXPIRED. */
@Singleton
public class VirtualAccountExpiry {

    private static final Logger LOG = Logger.getLogger(VirtualAccountExpiry.class.getName());

    @EJB
    VirtualAccounts virtualAccounts;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    public void expire() {
        int expired = virtualAccounts.expireOverdue();
        if (expired > 0) {
            LOG.info(() -> expired + " virtual account(s) expired unpaid");
        }
    }
}
