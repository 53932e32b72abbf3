package org.paygrid.settlement.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.paygrid.shared.Mode;

/** One merchant's settlement lines of one sold date in one mode, summed: what its CSV report totals. */
public record SoldDayRow(String merchantId, String merchantName, Mode mode, LocalDate soldDate, long lines,
                         long amount, long fee, long vat, long payoutAmount) implements Serializable {
}
