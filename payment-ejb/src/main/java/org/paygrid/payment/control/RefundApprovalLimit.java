package org.paygrid.payment.control;

/**
 * The four-eyes threshold of staff refunds, in won: a refund of more than this waits for a second staff member;
 * this much or less is executed at once. A full refund counts as the balance it would return.
 */
public record RefundApprovalLimit(long won) {

    public static final long DEFAULT_WON = 1_000_000;

    public RefundApprovalLimit {
        if (won < 0) {
            throw new IllegalArgumentException("paygrid.console.refund-approval-limit must not be negative: " + won);
        }
    }

    public boolean needsApproval(long refundAmount) {
        return refundAmount > won;
    }
}
