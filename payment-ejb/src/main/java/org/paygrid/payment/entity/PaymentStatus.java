package org.paygrid.payment.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a payment is in its life (contract section 4). The transition table is the one place that says which
 * moves are legal; nothing leaves CANCELED, ABORTED or EXPIRED.
 */
public enum PaymentStatus {
    READY,
    IN_PROGRESS,
    WAITING_FOR_DEPOSIT,
    DONE,
    CANCELED,
    PARTIAL_CANCELED,
    ABORTED,
    EXPIRED;

    public Set<PaymentStatus> successors() {
        return switch (this) {
            case READY -> EnumSet.of(IN_PROGRESS, WAITING_FOR_DEPOSIT, EXPIRED);
            case IN_PROGRESS -> EnumSet.of(DONE, ABORTED, EXPIRED);
            case WAITING_FOR_DEPOSIT -> EnumSet.of(DONE, EXPIRED);
            case DONE -> EnumSet.of(PARTIAL_CANCELED, CANCELED);
            case PARTIAL_CANCELED -> EnumSet.of(PARTIAL_CANCELED, CANCELED);
            case CANCELED, ABORTED, EXPIRED -> EnumSet.noneOf(PaymentStatus.class);
        };
    }

    public boolean canMoveTo(PaymentStatus next) {
        return successors().contains(next);
    }

    /** Approved money that can still (partly) go back to the customer. */
    public boolean isCancelable() {
        return this == DONE || this == PARTIAL_CANCELED;
    }
}
