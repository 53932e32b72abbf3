package org.paygrid.payment.control;

/** A cancel booked in our ledger, still to be (or already) told to the card network. */
public record BookedCancel(String paymentKey, String networkReference, String transactionKey, long amount) {
}
