package org.paygrid.sdk;

import java.time.LocalDate;
import java.util.List;

/** What Paygrid settled and pays out to the merchant (정산), for the key's mode; dates are Asia/Seoul. */
public final class Settlements {

    private final Transport transport;

    Settlements(Transport transport) {
        this.transport = transport;
    }

    /** One settlement line per settled transaction, by sold date or by payout date, from..to inclusive. */
    public Page<SettlementLine> lines(LocalDate from, LocalDate to, DateType dateType, int limit, String cursor) {
        return transport.page("/v1/settlements?startDate=" + from + "&endDate=" + to + "&dateType=" + dateType
                + "&limit=" + limit + (cursor == null ? "" : "&cursor=" + Transport.encode(cursor)),
                SettlementLine.class);
    }

    /** Every line of the range, page after page as the iteration reaches it. */
    public Iterable<SettlementLine> allLines(LocalDate from, LocalDate to, DateType dateType) {
        return Page.all(() -> lines(from, to, dateType, 100, null),
                cursor -> lines(from, to, dateType, 100, cursor));
    }

    /** The payouts of the range, one per payout date. */
    public List<Payout> payouts(LocalDate from, LocalDate to) {
        return transport.page("/v1/payouts?startDate=" + from + "&endDate=" + to, Payout.class).items();
    }

    public enum DateType { SOLD_DATE, PAID_OUT_DATE }

    /**
     * One settled transaction (contract section 8): an approval, or a cancel with negative amounts.
     * {@code payOutAmount = amount - fee - vat}.
     */
    public record SettlementLine(String paymentKey, String orderId, String transactionKey, String method, long amount,
                                 long fee, long vat, long payOutAmount, LocalDate soldDate, LocalDate paidOutDate) {
    }

    /**
     * What the merchant receives on one payout date; {@code carriedOver} brings earlier negative sums in (zero or
     * less). {@code status} SCHEDULED or PAID.
     */
    public record Payout(LocalDate payoutDate, long grossAmount, long feeAmount, long vatAmount, long carriedOver,
                         long payoutAmount, String status) {
    }
}
