package org.paygrid.testkit;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Test card numbers. Fraud detection blocks the sixth attempt of one card at one merchant within ten minutes
 * (contract section 11), so a test or benchmark that makes many payments uses a fresh card for each: the test
 * network approves every number but its few decline cards.
 */
public final class Cards {

    /** The BIN of the test network's credit card (issuer and acquirer 41). */
    public static final String BIN = "433012";
    /**
     * The test network's slow card: approved and booked at once, answered only after the simulator's slow-card
     * delay (4 s in the test stack, past the platform's 2 s read timeout).
     */
    public static final String SLOW = "4000000000000259";
    /**
     * The test network's late card (not one of the contract's): approved, but booked only after the simulator's
     * late-card delay (25 s in the test stack), as a request stuck in the network's queue would be; by then the
     * platform has given up on it (15 s) and reversed it, so the network refuses it.
     */
    public static final String LATE = "4000000000000267";

    private Cards() {
    }

    /** A card number nobody used yet: the test BIN, nine random digits and the Luhn check digit. */
    public static String fresh() {
        return fresh(BIN);
    }

    /** A fresh card number of another six-digit BIN (one the test network may not know). */
    public static String fresh(String bin) {
        StringBuilder number = new StringBuilder(bin);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            number.append(random.nextInt(10));
        }
        return number.append(checkDigit(number)).toString();
    }

    /** The Luhn check digit that makes {@code payload} + digit valid. */
    static int checkDigit(CharSequence payload) {
        int sum = 0;
        for (int i = payload.length() - 1, position = 0; i >= 0; i--, position++) {
            int digit = payload.charAt(i) - '0';
            if (position % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
