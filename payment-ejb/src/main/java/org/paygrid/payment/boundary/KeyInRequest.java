package org.paygrid.payment.boundary;

import jakarta.json.JsonObject;

/** A card payment the merchant's server approves in one call (contract: POST /v1/payments/key-in). */
public record KeyInRequest(String orderId, String orderName, Long amount, String cardNumber,
                           String cardExpirationYear, String cardExpirationMonth, Integer cardInstallmentPlan,
                           String customerIdentityNumber, Long taxFreeAmount, JsonObject metadata) {

    @Override
    public String toString() {
        return "KeyInRequest[orderId=" + orderId + ", amount=" + amount + "]";
    }
}
