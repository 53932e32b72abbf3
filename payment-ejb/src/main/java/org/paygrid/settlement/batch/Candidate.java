package org.paygrid.settlement.batch;

import java.time.Instant;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.shared.Mode;
import org.paygrid.shared.money.Money;

/**
 * One transaction to settle: a sale (positive amount) or a booked cancel (negative). {@code payoutCountedFrom} is
 * null for a transaction of the run's date, whose payout is counted from its sold date; a transaction held for a
 * fraud review and cleared since is settled by the next run, its payout counted from that run's date.
 */
public record Candidate(String transactionKey, String paymentKey, String orderId, String merchantId, Mode mode,
                        PaymentMethod method, Money amount, Instant soldAt, java.time.LocalDate payoutCountedFrom) {

    Candidate(String transactionKey, String paymentKey, String orderId, String merchantId, Mode mode,
              PaymentMethod method, Money amount, Instant soldAt) {
        this(transactionKey, paymentKey, orderId, merchantId, mode, method, amount, soldAt, null);
    }
}
