package org.paygrid.payment.control;

import org.paygrid.network.boundary.PaymentNetwork.Instrument;

/**
 * A confirm that won the claim: what to send to the network (the card from the vault, or the provider account), or
 * nothing when fraud detection blocked it (the payment is ABORTED with FDS_ERROR and the network is not called).
 */
public record ConfirmAttempt(String paymentKey, String networkReference, Instrument instrument) {

    static ConfirmAttempt blocked(String paymentKey) {
        return new ConfirmAttempt(paymentKey, null, null);
    }

    public boolean blocked() {
        return instrument == null;
    }
}
