package org.paygrid.event.entity;

/** The event types of contract section 7; {@code data} is the payment, or the payout. */
public enum EventType {
    PAYMENT_STATUS_CHANGED,
    DEPOSIT_CALLBACK,
    PAYOUT_STATUS_CHANGED
}
