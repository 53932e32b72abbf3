package org.paygrid.payment.boundary;

/**
 * What the customer entered in the window for a wallet, transfer or phone payment: the method, the provider
 * (wallet, bank code or carrier) and the phone or account number there.
 */
public record WindowAccount(String method, String provider, String customerId) {
}
