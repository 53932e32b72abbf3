package org.paygrid.event.entity;

/**
 * The event types of contract section 7; {@code data} is the payment, or the payout. {@code WEBHOOK_TEST} is sent
 * only to the one endpoint a merchant tests from the dashboard (data: the endpoint's id and a message), never to
 * the others, whatever they subscribe to.
 */
public enum EventType {
    PAYMENT_STATUS_CHANGED,
    DEPOSIT_CALLBACK,
    PAYOUT_STATUS_CHANGED,
    WEBHOOK_TEST;

    /** Whether an endpoint that subscribes to every type gets it: all but the test, which goes where it is sent. */
    public boolean fansOut() {
        return this != WEBHOOK_TEST;
    }
}
