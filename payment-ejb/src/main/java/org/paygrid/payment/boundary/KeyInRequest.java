package org.paygrid.payment.boundary;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.shared.error.Text;

/** A card payment the merchant's server approves in one call (contract: POST /v1/payments/key-in). */
public record KeyInRequest(String orderId,
                           @Schema(minLength = 1, maxLength = OrderDraft.ORDER_NAME_LENGTH,
                                   pattern = Text.SHOWN_NAME_PATTERN) String orderName,
                           Long amount, String cardNumber,
                           String cardExpirationYear, String cardExpirationMonth, Integer cardInstallmentPlan,
                           String customerIdentityNumber, Long taxFreeAmount, JsonObject metadata) {

    @Override
    public String toString() {
        return "KeyInRequest[orderId=" + orderId + ", amount=" + amount + "]";
    }
}
