package org.paygrid.merchant.entity;

import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/**
 * A Korean business registration number (사업자등록번호): ten digits, written 123-45-67890,
 * whose last digit is a check digit computed by the National Tax Service's weighted sum.
 */
public record BusinessNumber(String digits) {

    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    public BusinessNumber {
        if (digits == null || !digits.matches("\\d{10}")) {
            throw invalid();
        }
        if (checkDigit(digits) != digits.charAt(9) - '0') {
            throw invalid();
        }
    }

    /** Accepts "1234567890" or "123-45-67890". */
    public static BusinessNumber parse(String text) {
        if (text == null || !text.matches("\\d{3}-?\\d{2}-?\\d{5}")) {
            throw invalid();
        }
        return new BusinessNumber(text.replace("-", ""));
    }

    /** A random valid number, for test and demonstration data. */
    public static BusinessNumber random(java.util.random.RandomGenerator random) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < WEIGHTS.length; i++) {
            digits.append(random.nextInt(10));
        }
        return new BusinessNumber(digits.append(checkDigit(digits.toString())).toString());
    }

    /** The check digit of the first nine digits. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += (digits.charAt(8) - '0') * 5 / 10;
        return (10 - sum % 10) % 10;
    }

    /** The number as printed on the certificate: 123-45-67890. */
    public String formatted() {
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    private static PaygridException invalid() {
        return new PaygridException(ErrorCode.INVALID_BUSINESS_NUMBER,
                "businessNumber must be a valid 10-digit Korean business registration number (123-45-67890)");
    }
}
