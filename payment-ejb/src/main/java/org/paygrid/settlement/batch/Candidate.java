package org.paygrid.settlement.batch;

import java.time.Instant;

/** One transaction to settle: an approval (positive amount) or a cancel (negative). */
public record Candidate(String transactionKey, String paymentKey, String orderId, String merchantId, String mode,
                        String method, long amount, Instant soldAt) {
}
