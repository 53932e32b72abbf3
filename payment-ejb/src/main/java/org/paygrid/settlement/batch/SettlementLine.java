package org.paygrid.settlement.batch;

import java.time.LocalDate;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.shared.Mode;

/** A settled transaction, as the writer inserts it into {@code stl_line}; amounts are won (FeeMath's). */
public record SettlementLine(String transactionKey, String paymentKey, String orderId, String merchantId, Mode mode,
                             PaymentMethod method, long amount, long fee, long vat, long payOutAmount, LocalDate soldDate,
                             LocalDate payoutDate, long runId) {
}
