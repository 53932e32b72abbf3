package org.paygrid.settlement.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** One merchant's settlement lines of one sold date in one mode, summed: what its CSV report totals. */
public record SoldDayRow(String merchantId, String merchantName, String mode, LocalDate soldDate, long lines,
                         long amount, long fee, long vat, long payoutAmount) implements Serializable {

    /** The mode as the report's {@code mode} parameter takes it ("test", "live"). */
    public String modeWireName() {
        return mode.toLowerCase(java.util.Locale.ROOT);
    }
}
