package org.paygrid.billing.boundary;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/billing/{billingKey}}: charge the stored card. */
@Schema(name = "BillingChargeRequest")
public record BillingChargeRequest(
        @Schema(required = true, example = "customer-1234") String customerKey,
        @Schema(required = true, example = "9900") Long amount,
        @Schema(required = true, example = "subscription-2026-11") String orderId,
        @Schema(required = true, example = "Monthly plan, November", minLength = 1,
                maxLength = org.paygrid.payment.boundary.OrderDraft.ORDER_NAME_LENGTH,
                pattern = org.paygrid.shared.error.Text.SHOWN_NAME_PATTERN) String orderName,
        Long taxFreeAmount,
        @Schema(description = "2..12 months for amounts of 50,000 KRW and more") Integer cardInstallmentPlan,
        JsonObject metadata) {
}
