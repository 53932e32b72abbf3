package org.paygrid.payment.boundary;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.shared.error.Text;

/** Contract: POST /v1/payments, a READY payment the customer pays in the hosted window. */
public record CreatePaymentRequest(String orderId,
                                   @Schema(minLength = 1, maxLength = OrderDraft.ORDER_NAME_LENGTH,
                                           pattern = Text.SHOWN_NAME_PATTERN) String orderName,
                                   Long amount, String currency, Long taxFreeAmount,
                                   String method, String successUrl, String failUrl, String customerEmail,
                                   String customerName, JsonObject metadata, CashReceiptRequest cashReceipt,
                                   Boolean useEscrow) {
}
