package org.paygrid.sdk;

import java.util.Map;

/**
 * A card payment keyed in by the merchant's server ({@code POST /v1/payments/key-in}): created and approved in
 * one call. {@code cardInstallmentPlan} 0 or null is a lump sum.
 */
public record KeyInPayment(String orderId, String orderName, long amount, String cardNumber, String cardExpirationYear,
                           String cardExpirationMonth, Integer cardInstallmentPlan, Map<String, String> metadata) {

    public static KeyInPayment of(String orderId, String orderName, long amount, String cardNumber,
                                  String cardExpirationYear, String cardExpirationMonth) {
        return new KeyInPayment(orderId, orderName, amount, cardNumber, cardExpirationYear, cardExpirationMonth,
                null, null);
    }

    @Override
    public String toString() {   // never the card number in a log
        return "KeyInPayment[orderId=" + orderId + ", amount=" + amount + "]";
    }
}
