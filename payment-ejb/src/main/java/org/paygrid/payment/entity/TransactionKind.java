package org.paygrid.payment.entity;

/**
 * What a money movement of a payment is. A payment has at most one AUTHORIZATION (승인: a card, wallet, bank
 * transfer or phone bill approval) or DEPOSIT (입금: the customer's transfer into a virtual account), and any
 * number of CANCELs (취소 and 환불) of what it approved.
 */
public enum TransactionKind {
    AUTHORIZATION,
    DEPOSIT,
    CANCEL;

    /** The movement that brings the payment's money in (its sale in the ledger and in settlement). */
    public boolean isSale() {
        return this != CANCEL;
    }
}
