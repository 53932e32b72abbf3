package org.paygrid.payment.control;

import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.shared.error.RequestChecks;

/** The payment methods a merchant may ask for when creating a payment (only those the platform can take). */
public final class PaymentMethods {

    private PaymentMethods() {
    }

    public static PaymentMethod parse(String method) {
        if ("CARD".equals(method)) {
            return PaymentMethod.CARD;
        }
        throw RequestChecks.invalid("method", "supported: CARD (other methods are not available yet)");
    }
}
