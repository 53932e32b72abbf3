package org.paygrid.shared.error;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds what looks like a card number in a text: 13..19 digits (spaces or dashes between them) passing Luhn. */
final class CardNumbers {

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ -]?\\d){12,}");

    private CardNumbers() {
    }

    static boolean foundIn(String text) {
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            String digits = run.group().replaceAll("[ -]", "");
            // a whole run only: longer runs (tracking numbers, dates run together) are no card number
            if (digits.length() <= 19 && luhn(digits, 0, digits.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean luhn(String digits, int from, int to) {
        int sum = 0;
        boolean twice = false;
        for (int i = to - 1; i >= from; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
