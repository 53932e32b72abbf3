package org.paygrid.settlement.batch;

import java.time.Instant;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.shared.Mode;
import org.paygrid.shared.money.Money;

/** One transaction to settle: a sale (positive amount) or a booked cancel (negative). */
public record Candidate(String transactionKey, String paymentKey, String orderId, String merchantId, Mode mode,
                        PaymentMethod method, Money amount, Instant soldAt) {
}
