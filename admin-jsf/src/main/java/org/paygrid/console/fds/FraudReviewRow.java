package org.paygrid.console.fds;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.paygrid.payment.boundary.FraudReviews;

/** A payment in the review queue as one row: the payment, and what the screen saw of the customer and the card. */
public record FraudReviewRow(String paymentKey, String orderId, String merchantId, String method, long amount,
                             OffsetDateTime approvedAt, String cardBin, String customerEmail, String customerIp,
                             List<FiredRule> fired) implements Serializable {

    static FraudReviewRow of(FraudReviews.ReviewItem item) {
        var p = item.payment();
        var s = item.screening();
        return new FraudReviewRow(p.paymentKey(), p.orderId(), item.merchantId(), p.method(), p.totalAmount(),
                p.approvedAt(), s == null ? null : s.cardBin(), s == null ? null : s.customerEmail(),
                s == null ? null : s.customerIp(), s == null ? List.of() : FiredRule.of(s.fired()));
    }
}
