package org.paygrid.settlement.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.paygrid.shared.Mode;

/** One payout as finance lists it: whose, which mode and date, the amounts and whether it was paid. */
public record PayoutRow(long id, String merchantId, String merchantName, Mode mode, LocalDate payoutDate,
                        long grossAmount, long feeAmount, long vatAmount, long carriedOver, long payoutAmount,
                        String status, OffsetDateTime paidAt) implements Serializable {
}
