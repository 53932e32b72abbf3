package org.paygrid.payment.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.paygrid.shared.error.RequestChecks;

/** The banks the platform works with (two-digit Korean bank codes), for virtual accounts, transfers and refunds. */
public final class Banks {

    /** Code to Korean name, in the order the payment window lists them. */
    public static final Map<String, String> SUPPORTED = new LinkedHashMap<>();

    static {
        SUPPORTED.put("04", "KB국민은행");
        SUPPORTED.put("11", "NH농협은행");
        SUPPORTED.put("20", "우리은행");
        SUPPORTED.put("81", "하나은행");
        SUPPORTED.put("88", "신한은행");
    }

    private Banks() {
    }

    public static String require(String code, String field) {
        String value = RequestChecks.requiredCode(code, field, 2);
        if (!SUPPORTED.containsKey(value)) {
            throw RequestChecks.invalid(field, "supported bank codes are " + SUPPORTED.keySet());
        }
        return value;
    }

    /** An account number as banks print it: 10..20 digits, dashes allowed and dropped. */
    public static String requireAccountNumber(String value, String field) {
        String digits = RequestChecks.requiredCode(value, field, 30).replace("-", "");
        if (!digits.matches("\\d{10,20}")) {
            throw RequestChecks.invalid(field, "must be 10..20 digits");
        }
        return digits;
    }
}
