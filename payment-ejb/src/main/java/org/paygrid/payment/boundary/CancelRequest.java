package org.paygrid.payment.boundary;

/** Contract: POST /v1/payments/{paymentKey}/cancel. No {@code cancelAmount} cancels the whole balance. */
public record CancelRequest(String cancelReason, Long cancelAmount, Long taxFreeAmount,
                            RefundAccountRequest refundReceiveAccount) {
}
