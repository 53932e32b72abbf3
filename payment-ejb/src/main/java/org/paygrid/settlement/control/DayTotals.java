package org.paygrid.settlement.control;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paygrid.shared.Mode;

/**
 * Settlement lines summed per merchant, mode, sold date and payout date: what a chunk adds to the day totals that
 * payouts and the fee/VAT journal entries are computed from. Exact integer sums (overflow fails loudly).
 */
public final class DayTotals {

    public record Key(String merchantId, Mode mode, LocalDate soldDate, LocalDate payoutDate) {
    }

    public record Sum(long lines, long gross, long fee, long vat, long payout) {

        static final Sum ZERO = new Sum(0, 0, 0, 0, 0);

        Sum plus(long amount, long fee, long vat, long payout) {
            return new Sum(lines + 1, Math.addExact(gross, amount), Math.addExact(this.fee, fee),
                    Math.addExact(this.vat, vat), Math.addExact(this.payout, payout));
        }
    }

    private final Map<Key, Sum> sums = new LinkedHashMap<>();

    public void add(Key key, long amount, long fee, long vat, long payout) {
        sums.put(key, sums.getOrDefault(key, Sum.ZERO).plus(amount, fee, vat, payout));
    }

    /** In the order the keys were first seen. */
    public Map<Key, Sum> sums() {
        return Collections.unmodifiableMap(sums);
    }
}
