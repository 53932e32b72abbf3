package org.paygrid.payment.entity;

import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/** Installment plans (할부): 0 is a lump sum; 2..12 months only from 50,000 KRW, as Korean card companies allow. */
public final class Installments {

    public static final long MINIMUM_AMOUNT = 50_000;

    private Installments() {
    }

    public static int require(Integer months, long amount) {
        int plan = months == null || months == 1 ? 0 : months;
        if (plan < 0 || plan > 12) {
            throw new PaygridException(ErrorCode.INVALID_INSTALLMENT, "cardInstallmentPlan: must be 0 or 2..12");
        }
        if (plan > 0 && amount < MINIMUM_AMOUNT) {
            throw new PaygridException(ErrorCode.INVALID_INSTALLMENT,
                    "cardInstallmentPlan: installments need an amount of at least 50,000");
        }
        return plan;
    }
}
