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

    /**
     * The status once a file for the item arrives: a missing or sent-back item is handed in again and waits for a
     * reviewer; one already handed in or verified keeps its status (the reviewer decides what a new file changes).
     */
    public DocumentStatus afterFileReceived() {
        return switch (this) {
            case MISSING, REJECTED -> SUBMITTED;
            case SUBMITTED, VERIFIED -> this;
        };
    }
}
