package org.paygrid.sdk;

/** The payment calls of the merchant API. Each POST takes an optional idempotency key (null: the SDK makes one). */
public final class Payments {

    private final Transport transport;

    Payments(Transport transport) {
        this.transport = transport;
    }

    /**
     * Creates a READY payment for the hosted payment window: send the customer to its {@code checkoutUrl} (or open
     * the window in the browser with the JS SDK and the client key instead), then {@link #confirm} on return.
     */
    public Payment create(CreatePayment payment, String idempotencyKey) {
        return transport.post("/v1/payments", payment, idempotencyKey, Payment.class);
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
        return transport.get("/v1/payments/" + Transport.encode(paymentKey), Payment.class);
    }

    public Payment getByOrderId(String orderId) {
        return transport.get("/v1/payments/orders/" + Transport.encode(orderId), Payment.class);
    }

    /** Cancels the balance or a part of it; the payment with its new cancel. */
    public Payment cancel(String paymentKey, Cancel cancel, String idempotencyKey) {
        return transport.post("/v1/payments/" + Transport.encode(paymentKey) + "/cancel", cancel, idempotencyKey,
                Payment.class);
    }

    /** One page of the merchant's payments of the key's mode, newest first ({@code cursor} null: the first). */
    public Page<Payment> list(int limit, String cursor) {
        String query = "?limit=" + limit + (cursor == null ? "" : "&cursor=" + Transport.encode(cursor));
        return transport.page("/v1/payments" + query, Payment.class);
    }

    /** Every payment, page after page as the iteration reaches it. */
    public Iterable<Payment> all(int pageSize) {
        return Page.all(() -> list(pageSize, null), cursor -> list(pageSize, cursor));
    }
}
