package org.paygrid.settlement.control;

import java.math.BigDecimal;

/**
 * The contract's settlement formulas in exact integer arithmetic (won are whole):
 * {@code fee = floor(amount * rate) + fixed}, {@code vat = round_half_up(fee * 10 / 100)},
 * {@code payOut = amount - fee - vat}. A cancel is the negative of the same computation on the cancel amount.
 */
public final class FeeMath {

    /** Rates are percentages with at most four decimals, held as millionths (3.2% = 32,000). */
    static final long MILLIONTHS = 1_000_000;

    private FeeMath() {
    }

    public record Amounts(long amount, long fee, long vat, long payOut) {
    }

    /** A rate given as a decimal percent string ("3.20") in millionths; more than four decimals is refused. */
    public static long rateInMillionths(BigDecimal percent) {
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.stripTrailingZeros().scale() > 4) {
            throw new IllegalArgumentException("a rate is 0..100 percent with at most four decimals: " + percent);
        }
        return percent.movePointRight(4).longValueExact();
    }

    public static Amounts of(long amount, long rateMillionths, long fixedFee) {
        if (amount < 0) {
            Amounts positive = of(-amount, rateMillionths, fixedFee);
            return new Amounts(amount, -positive.fee(), -positive.vat(), -positive.payOut());
        }
        long fee = Math.multiplyExact(amount, rateMillionths) / MILLIONTHS + fixedFee;   // floor for amount >= 0
        long vat = (fee * 10 + 50) / 100;                                                  // half up for fee >= 0
        return new Amounts(amount, fee, vat, amount - fee - vat);
    }
}
