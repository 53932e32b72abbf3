package org.paygrid.shared;

/** The Luhn (mod 10) check digit of card numbers: the one implementation, for card input and for free-text scans. */
public final class Luhn {

    private Luhn() {
    }

    /** Whether a string of ASCII digits passes the check. */
    public static boolean passes(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** {@code payload} with the check digit that makes it pass appended. */
    public static String completed(String payload) {
        if (payload.isEmpty() || !payload.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a string of digits");
        }
        for (char digit = '0'; digit <= '9'; digit++) {
            if (passes(payload + digit)) {
                return payload + digit;
            }
        }
        throw new AssertionError("one of ten digits always passes");
    }
}
