package org.paygrid.payment.control;

import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.shared.error.RequestChecks;

/** The payment methods a merchant may ask for when creating a payment for the window. */
public final class PaymentMethods {

    private PaymentMethods() {
    }

    /** The window takes cards, wallets, transfers and phones; virtual accounts have their own endpoint. */
    public static PaymentMethod parse(String method) {
        PaymentMethod parsed = RequestChecks.requiredEnum(method, "method", PaymentMethod.class);
        if (parsed == PaymentMethod.VIRTUAL_ACCOUNT) {
            throw RequestChecks.invalid("method", "virtual accounts are issued by POST /v1/virtual-accounts");
        }
        return parsed;
    }
}
