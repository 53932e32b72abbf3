package org.paygrid.settlement.batch;

import java.time.Instant;

/** One transaction of the run's work list: an approval (positive amount) or a cancel (negative). */
public record Candidate(long seq, String transactionKey, String paymentKey, String orderId, String merchantId,
                        String mode, String method, long amount, Instant soldAt) {
}
