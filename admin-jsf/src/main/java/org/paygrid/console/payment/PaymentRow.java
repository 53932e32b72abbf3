package org.paygrid.console.payment;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.paygrid.payment.entity.Payment;
import org.paygrid.shared.time.SeoulTime;

/** A payment as one row of the transactions table; the card only as the platform keeps it (masked). */
public record PaymentRow(String paymentKey, String orderId, String orderName, String merchantId, String mode,
                         String status, String method, long totalAmount, long balanceAmount, String card,
                         OffsetDateTime requestedAt) implements Serializable {

    static PaymentRow of(Payment p) {
        return new PaymentRow(p.paymentKey(), p.orderId(), p.orderName(), p.merchantId(), p.mode().wireName(),
                p.status().name(), p.method() == null ? null : p.method().name(), p.totalAmount(), p.balanceAmount(),
                p.cardNumberMasked(), SeoulTime.of(p.requestedAt()));
    }
}
