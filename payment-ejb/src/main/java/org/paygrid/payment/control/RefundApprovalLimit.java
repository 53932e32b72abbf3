package org.paygrid.payment.control;

import java.util.Optional;

/**
 * When a staff refund needs a second person (four eyes). A staff member alone may refund only while the payment's
 * refunded total stays within {@code won} (so a large refund cannot be split into small ones), while their own
 * refunds made alone today stay within {@code dailyWon}, and never to an account the staff member types in (a
 * virtual-account refund: the platform cannot tell that it is the customer's own account).
 */
public record RefundApprovalLimit(long won, long dailyWon) {

    public static final long DEFAULT_WON = 1_000_000;
    public static final long DEFAULT_DAILY_WON = 5_000_000;

    public RefundApprovalLimit {
        if (won < 0 || dailyWon < 0) {
            throw new IllegalArgumentException("refund approval limits must not be negative: " + won + ", " + dailyWon);
        }
    }

    /**
     * Why this refund needs a second person, or empty when the staff member may make it alone.
     *
     * @param amount           this refund
     * @param refundedBefore   what the payment has had refunded already, by anyone
     * @param refundedAloneToday what this staff member refunded alone today (Asia/Seoul)
     * @param toTypedAccount   the money goes to an account typed in with the refund
     */
    public Optional<String> approvalNeeded(long amount, long refundedBefore, long refundedAloneToday,
                                           boolean toTypedAccount) {
        if (toTypedAccount) {
            return Optional.of("refund to an account typed in by staff, not the customer's original payment");
        }
        if (refundedBefore + amount > won) {
            return Optional.of("the payment's refunds would total " + (refundedBefore + amount) + " won, over the "
                    + won + " won a staff member may refund alone");
        }
        if (refundedAloneToday + amount > dailyWon) {
            return Optional.of("refunds made alone today would total " + (refundedAloneToday + amount)
                    + " won, over the daily " + dailyWon + " won");
        }
        return Optional.empty();
    }
}
