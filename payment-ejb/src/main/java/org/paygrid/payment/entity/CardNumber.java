package org.paygrid.payment.entity;

import org.paygrid.shared.Luhn;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/**
 * A card number as the customer typed it: 15-16 digits passing the Luhn check. Its {@link #toString()} is
 * masked, so it can never leak into a log line by accident; only {@link #digits()} gives the number.
 */
public final class CardNumber {

    private final String digits;

    private CardNumber(String digits) {
        this.digits = digits;
    }

    public static CardNumber parse(String text) {
        String digits = text == null ? "" : text.replace(" ", "").replace("-", "");
        if (!digits.matches("\\d{15,16}") || !passesLuhn(digits)) {
            throw new PaygridException(ErrorCode.INVALID_CARD_NUMBER, "cardNumber: not a valid card number");
        }
        return new CardNumber(digits);
    }

    static boolean passesLuhn(String digits) {
        return Luhn.passes(digits);
    }

    /** The whole number: for the card network call only. */
    public String digits() {
        return digits;
    }

    /** First six and last four digits, the rest masked: {@code 433012******1234}. */
    public String masked() {
        return digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
