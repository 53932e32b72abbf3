package org.paygrid.payment.entity;

/**
 * Where one money movement stands with whoever holds the money (card network, provider, bank). PENDING: asked (or,
 * for a cancel, booked here) and not yet answered; UNKNOWN: asked and no answer came (a timeout), so only an
 * inquiry can tell, which the reconciler makes; SUCCESS and FAILED are final.
 */
public enum TransactionStatus {
    PENDING,
    UNKNOWN,
    SUCCESS,
    FAILED;

    public boolean isOpen() {
        return this == PENDING || this == UNKNOWN;
    }

    public boolean canMoveTo(TransactionStatus next) {
        return switch (this) {
            case PENDING -> next != PENDING;
            case UNKNOWN -> next == SUCCESS || next == FAILED;
            case SUCCESS, FAILED -> false;
        };
    }
}
