package org.paygrid.sdk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** The payment calls of the merchant API. Each POST takes an optional idempotency key (null: the SDK makes one). */
public final class Payments {

    private final Transport transport;

    Payments(Transport transport) {
        this.transport = transport;
    }

    /** Charges a card by its number (수기결제): the payment, DONE, or an {@link ApiException} with the decline. */
    public Payment keyIn(KeyInPayment payment, String idempotencyKey) {
        return transport.post("/v1/payments/key-in", payment, idempotencyKey, Payment.class);
    }

    /** Confirms a payment the customer authenticated in the payment window; the amount must be the created one. */
    public Payment confirm(String paymentKey, String orderId, long amount, String idempotencyKey) {
        record Confirm(String paymentKey, String orderId, long amount) {
        }
        return transport.post("/v1/payments/confirm", new Confirm(paymentKey, orderId, amount), idempotencyKey,
                Payment.class);
    }

    public Payment get(String paymentKey) {
        return transport.get("/v1/payments/" + segment(paymentKey), Payment.class);
    }

    public Payment getByOrderId(String orderId) {
        return transport.get("/v1/payments/orders/" + segment(orderId), Payment.class);
    }

    /** Cancels the balance or a part of it; the payment with its new cancel. */
    public Payment cancel(String paymentKey, Cancel cancel, String idempotencyKey) {
        return transport.post("/v1/payments/" + segment(paymentKey) + "/cancel", cancel, idempotencyKey,
                Payment.class);
    }

    /** One page of the merchant's payments of the key's mode, newest first ({@code cursor} null: the first). */
    public PaymentPage list(int limit, String cursor) {
        String query = "?limit=" + limit + (cursor == null ? "" : "&cursor=" + segment(cursor));
        return transport.get("/v1/payments" + query, PaymentPage.class);
    }

    /** Every payment, page after page as the iteration reaches it. */
    public Iterable<Payment> all(int pageSize) {
        return () -> new Iterator<>() {
            private PaymentPage page = list(pageSize, null);
            private int next;

            @Override
            public boolean hasNext() {
                while (next == page.items().size() && page.nextCursor() != null) {
                    page = list(pageSize, page.nextCursor());
                    next = 0;
                }
                return next < page.items().size();
            }

            @Override
            public Payment next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.items().get(next++);
            }
        };
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
