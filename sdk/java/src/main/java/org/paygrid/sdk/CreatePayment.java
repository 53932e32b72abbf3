package org.paygrid.sdk;

import java.util.Map;

/**
 * A payment the customer pays in the hosted window ({@code POST /v1/payments}). {@code method} null lets the customer
 * choose (CARD, VIRTUAL_ACCOUNT, TRANSFER, MOBILE_PHONE, EASY_PAY); the window returns to {@code successUrl} with
 * {@code paymentKey}, {@code orderId} and {@code amount}, or to {@code failUrl} with {@code code} and {@code message}.
 */
public record CreatePayment(String orderId, String orderName, long amount, String successUrl, String failUrl,
                            String method, Long taxFreeAmount, String customerEmail, String customerName,
                            Map<String, String> metadata) {

    public static CreatePayment of(String orderId, String orderName, long amount, String successUrl,
                                   String failUrl) {
        return new CreatePayment(orderId, orderName, amount, successUrl, failUrl, null, null, null, null, null);
    }
}
