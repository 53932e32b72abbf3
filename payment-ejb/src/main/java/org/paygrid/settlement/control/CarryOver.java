package org.paygrid.settlement.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Payouts of one merchant and mode in payout-date order: a negative sum pays nothing and is carried over to the
 * next payout, which pays its own sum minus what was carried in (never below zero, carrying further if need be).
 */
public final class CarryOver {

    private CarryOver() {
    }

    /** {@code carriedOver} is what came in from earlier payouts (zero or negative). */
    public record Payout(long net, long carriedOver, long payoutAmount) {
    }

    public static List<Payout> apply(long carriedIn, List<Long> netSums) {
        if (carriedIn > 0) {
            throw new IllegalArgumentException("only negative sums are carried over");
        }
        List<Payout> payouts = new ArrayList<>(netSums.size());
        long carry = carriedIn;
        for (long net : netSums) {
            long total = net + carry;
            payouts.add(new Payout(net, carry, Math.max(0, total)));
            carry = Math.min(0, total);
        }
        return payouts;
    }
}
