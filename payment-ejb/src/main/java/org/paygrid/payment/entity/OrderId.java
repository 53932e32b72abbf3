package org.paygrid.payment.entity;

import java.util.regex.Pattern;
import org.paygrid.shared.error.RequestChecks;

/** The merchant's own order id: 6..64 characters of [A-Za-z0-9_=-], unique per merchant and mode. */
public final class OrderId {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_=-]{6,64}");

    private OrderId() {
    }

    public static String require(String orderId) {
        String value = RequestChecks.requiredCode(orderId, "orderId", 64);
        if (!FORMAT.matcher(value).matches()) {
            throw RequestChecks.invalid("orderId", "must be 6..64 characters of [A-Za-z0-9_=-]");
        }
        return value;
    }
}
