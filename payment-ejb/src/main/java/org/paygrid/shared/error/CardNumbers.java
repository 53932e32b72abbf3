package org.paygrid.shared.error;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paygrid.shared.Luhn;

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
            if (digits.length() <= 19 && Luhn.passes(digits)) {
                return true;
            }
        }
        return false;
    }
}
