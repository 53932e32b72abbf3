package org.paygrid.merchant.entity;

/** Where one checklist item stands: nothing yet, handed in, checked by a reviewer, or sent back. */
public enum DocumentStatus {
    MISSING,
    SUBMITTED,
    VERIFIED,
    REJECTED;

    /** Anything handed in (even if later sent back) means the merchant has started the review. */
    public boolean handedIn() {
        return this != MISSING;
    }
}
