package org.paygrid.payment.entity;

import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/**
 * The amount rules of contract sections 2 and 4 in integer arithmetic: amounts are 1..10^12 minor units,
 * and VAT is round_half_up((balance - taxFree) / 11), the supplied amount what remains.
 */
public final class PaymentAmounts {

    public static final long MAX_AMOUNT = 1_000_000_000_000L;

    private PaymentAmounts() {
    }

    public static long requireValidAmount(Long amount, String field) {
        if (amount == null) {
            throw new PaygridException(ErrorCode.INVALID_REQUEST, field + ": is required");
        }
        if (amount < 1 || amount > MAX_AMOUNT) {
            throw new PaygridException(ErrorCode.INVALID_AMOUNT, field + ": must be 1 ..= 1,000,000,000,000");
        }
        return amount;
    }

    /** round_half_up(taxable / 11) for taxable >= 0, without leaving integers: floor((2 * taxable + 11) / 22). */
    public static long vat(long balance, long taxFree) {
        long taxable = balance - taxFree;
        if (taxable < 0) {
            throw new IllegalArgumentException("tax-free part exceeds the balance");
        }
        return (2 * taxable + 11) / 22;
    }

    public static long supplied(long balance, long taxFree) {
        return balance - taxFree - vat(balance, taxFree);
    }
}
