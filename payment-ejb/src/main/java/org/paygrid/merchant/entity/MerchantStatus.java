package org.paygrid.merchant.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The merchant lifecycle of contract section 9: APPLIED -> UNDER_REVIEW -> APPROVED | REJECTED;
 * APPROVED <-> SUSPENDED; any state -> TERMINATED. A rejected merchant fixes what the decision's note names and
 * submits again: REJECTED -> UNDER_REVIEW.
 */
public enum MerchantStatus {
    APPLIED,
    UNDER_REVIEW,
    APPROVED,
    REJECTED,
    SUSPENDED,
    TERMINATED;

    /** The statuses in which a merchant's papers wait for a staff decision. */
    public static final Set<MerchantStatus> AWAITING_REVIEW = EnumSet.of(APPLIED, UNDER_REVIEW);

    public Set<MerchantStatus> successors() {
        return switch (this) {
            case APPLIED -> EnumSet.of(UNDER_REVIEW, APPROVED, REJECTED, TERMINATED);
            case UNDER_REVIEW -> EnumSet.of(APPROVED, REJECTED, TERMINATED);
            case APPROVED -> EnumSet.of(SUSPENDED, TERMINATED);
            case SUSPENDED -> EnumSet.of(APPROVED, TERMINATED);
            case REJECTED -> EnumSet.of(UNDER_REVIEW, TERMINATED);
            case TERMINATED -> EnumSet.noneOf(MerchantStatus.class);
        };
    }

    public boolean canMoveTo(MerchantStatus next) {
        return successors().contains(next);
    }

    /** While a merchant prepares its papers (first time or after a rejection), it may change them. */
    public boolean preparesPapers() {
        return this == APPLIED || this == REJECTED;
    }

    /** Suspended and terminated merchants can still read, but never move money. */
    public boolean canMoveMoney() {
        return this != SUSPENDED && this != TERMINATED;
    }

    /** Live keys are issued on approval and kept (not usable for money) while suspended. */
    public boolean holdsLiveKeys() {
        return this == APPROVED || this == SUSPENDED;
    }
}
