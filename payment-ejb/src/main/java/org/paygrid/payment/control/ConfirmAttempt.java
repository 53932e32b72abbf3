package org.paygrid.payment.control;

/** A confirm that won the claim: the card to authorize, opened from the vault. */
public record ConfirmAttempt(String paymentKey, String networkReference, CardVault.Card card) {
}
