package org.paygrid.payment.boundary;

import java.util.Map;

/** A card payment the merchant's server approves in one call (contract: POST /v1/payments/key-in). */
public record KeyInRequest(String orderId, String orderName, Long amount, String cardNumber,
                           String cardExpirationYear, String cardExpirationMonth, Integer cardInstallmentPlan,
                           String customerIdentityNumber, Long taxFreeAmount, Map<String, String> metadata) {

    @Override
    public String toString() {
        return "KeyInRequest[orderId=" + orderId + ", amount=" + amount + "]";
    }
}
