package org.paygrid.settlement.control;

import java.time.Instant;
import java.util.List;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.settlement.entity.FeePlan;

/**
 * A merchant's plans in effective order: the plan of a transaction is the last one effective at its time, and a
 * transaction before the first change uses the default plan.
 */
public record FeePlanHistory(List<Version> versions) {

    /** One plan as the job uses it: rates already in millionths. */
    public record Version(Instant effectiveFrom, long[] rateMillionths, long fixedFee, int cycleDays) {

        public long rate(PaymentMethod method) {
            return rateMillionths[method.ordinal()];
        }
    }

    public static Version version(Instant effectiveFrom, FeePlan.Terms terms) {
        long[] rates = new long[PaymentMethod.values().length];
        for (PaymentMethod method : PaymentMethod.values()) {
            rates[method.ordinal()] = FeeMath.rateInMillionths(terms.rate(method));
        }
        return new Version(effectiveFrom, rates, terms.fixedFee(), terms.settlementCycleDays());
    }

    public static final Version DEFAULT = version(Instant.EPOCH, FeePlan.Terms.DEFAULT);

    public Version at(Instant soldAt) {
        Version found = DEFAULT;
        for (Version version : versions) {
            if (!version.effectiveFrom().isAfter(soldAt)) {
                found = version;
            }
        }
        return found;
    }
}
