package org.paygrid.payment.control;

import org.paygrid.network.boundary.PaymentNetwork.Instrument;

/** A confirm that won the claim: what to send to the network (the card from the vault, or the provider account). */
public record ConfirmAttempt(String paymentKey, String networkReference, Instrument instrument) {
}
