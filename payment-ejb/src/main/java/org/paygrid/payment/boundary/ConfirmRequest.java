package org.paygrid.payment.boundary;

/** Contract: POST /v1/payments/confirm, the merchant's server approving what the customer authenticated. */
public record ConfirmRequest(String paymentKey, String orderId, Long amount) {
}
