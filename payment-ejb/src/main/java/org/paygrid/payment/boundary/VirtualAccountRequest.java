package org.paygrid.payment.boundary;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.shared.error.Text;

/** Contract: POST /v1/virtual-accounts, a payment the customer pays by bank transfer into an issued account. */
@Schema(name = "VirtualAccountRequest")
public record VirtualAccountRequest(
        @Schema(required = true, example = "order-20261122-0003") String orderId,
        @Schema(required = true, example = "Hanbit Books: 3 items", minLength = 1,
                maxLength = OrderDraft.ORDER_NAME_LENGTH, pattern = Text.SHOWN_NAME_PATTERN) String orderName,
        @Schema(required = true, example = "32000") Long amount,
        @Schema(required = true, example = "88", description = "two-digit bank code: 04, 11, 20, 81, 88") String bank,
        @Schema(required = true, example = "김민지", description = "the depositor's name") String customerName,
        @Schema(description = "hours the account stays open, 1..720, default 168 (7 days)") Integer validHours,
        Long taxFreeAmount,
        @Schema(example = "minji@example.kr") String customerEmail,
        CashReceiptRequest cashReceipt,
        @Schema(description = "escrow (에스크로) protection for the buyer") Boolean useEscrow,
        JsonObject metadata) {
}
