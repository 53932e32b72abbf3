package org.paygrid.fds.boundary;

import java.time.Instant;
import org.paygrid.shared.Mode;

/**
 * What the screen sees of one charge. {@code cardNumber} (null for methods without a card) is only used to derive the
 * card's fingerprint and BIN; it is never stored. {@code customerEmail} and {@code customerIp} are null when the call
 * does not carry them.
 */
public record ScreeningFacts(String paymentKey, String merchantId, Mode mode, String method, long amount,
                             String cardNumber, String customerEmail, String customerIp, Instant at) {

    @Override
    public String toString() {   // never the card number, whatever logs a record
        return "ScreeningFacts[" + paymentKey + ", " + merchantId + ", " + mode + ", " + method + ", " + amount + "]";
    }

    /** The card's first six digits, or null. */
    public String bin() {
        return cardNumber == null ? null : cardNumber.substring(0, 6);
    }
}
