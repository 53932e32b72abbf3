package org.paygrid.dashboard.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.paygrid.fds.boundary.Screenings;
import org.paygrid.payment.boundary.PaymentFigures.DailyAmount;
import org.paygrid.payment.boundary.PaymentFigures.FailureCount;
import org.paygrid.shared.Mode;

/**
 * One day's figures in one mode. Amounts are won. {@code attempts} are the day's payments that reached a card or
 * provider answer (approved or aborted); {@code approvedAttempts} the approved ones among them, so the approval rate
 * is their ratio. {@code approvedByDay} has one entry per chart day, zero on days without approvals.
 * {@code lastRun} is null before the first settlement run. {@code fraud}: the day's screenings (screened, blocked,
 * sent to review, enforced firings by rule); {@code openFraudReviews}: payments waiting in the review queue now.
 */
public record DashboardView(LocalDate date, Mode mode, long approvals, long approvedAmount, long cancels,
                            long canceledAmount, long approvedAttempts, long attempts, List<FailureCount> failures,
                            List<DailyAmount> approvedByDay, long merchantsPendingReview,
                            long failingWebhookDeliveries, LastRun lastRun, Screenings.Figures fraud,
                            long openFraudReviews) implements Serializable {

    /** The newest settlement run: its business date and batch status. */
    public record LastRun(long runId, LocalDate date, String status) implements Serializable {
    }

    /** Approved share of the attempts in percent (one decimal), or null on a day without attempts. */
    public Double approvalRatePercent() {
        return attempts == 0 ? null : Math.round(approvedAttempts * 1000.0 / attempts) / 10.0;
    }
}
