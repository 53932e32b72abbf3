package org.paygrid.ledger.entity;

/** Debit or credit: every journal entry has as much of one as of the other. */
public enum Side {
    DEBIT,
    CREDIT
}
