package org.paygrid.payment.boundary;

import jakarta.json.JsonObject;

/** Contract: POST /v1/payments, a READY payment the customer pays in the hosted window. */
public record CreatePaymentRequest(String orderId, String orderName, Long amount, String currency, Long taxFreeAmount,
                                   String method, String successUrl, String failUrl, String customerEmail,
                                   String customerName, JsonObject metadata, CashReceiptRequest cashReceipt,
                                   Boolean useEscrow) {
}
