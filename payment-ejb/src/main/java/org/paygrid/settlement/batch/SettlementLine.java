package org.paygrid.settlement.batch;

import java.time.LocalDate;

/** A settled transaction, as the writer inserts it into {@code stl_line}. */
public record SettlementLine(String transactionKey, String paymentKey, String orderId, String merchantId, String mode,
                             String method, long amount, long fee, long vat, long payOutAmount, LocalDate soldDate,
                             LocalDate payoutDate, long runId) {
}
