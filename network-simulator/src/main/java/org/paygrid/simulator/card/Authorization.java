package org.paygrid.simulator.card;

import java.time.Instant;

/** One row of the network's authorization book. */
public record Authorization(String reference, String cardBin, String cardLast4, long amount, String currency,
                            int installmentMonths, String status, String declineCode, String approveNo,
                            String issuerCode, String acquirerCode, String cardType, long canceledAmount,
                            Instant createdAt) {

    static final String REVERSED = "REVERSED";

    /**
     * The platform's reversal of an attempt the network has not received: booked under the attempt's reference, so
     * the attempt is refused if it arrives later. It knows the amount, not the card.
     */
    public static Authorization reversal(String reference, long amount, Instant now) {
        return new Authorization(reference, null, null, amount, "KRW", 0, REVERSED, null, null, null, null, null, 0, now);
    }

    public boolean reversed() {
        return REVERSED.equals(status);
    }

    /**
     * Approved, whether or not part of it was canceled since: what the day's books list and a cancel may reduce.
     * Declines and reversals carry no approval number.
     */
    public boolean approved() {
        return approveNo != null;
    }

    public long remainingAmount() {
        return amount - canceledAmount;
    }

    /** The same attempt sent again: same card (as far as the books know it) and same amount. */
    public boolean sameAttemptAs(CardRequest request) {
        String card = request.cardNumber();
        return !reversed() && amount == request.amount() && card != null && card.length() >= 10 && cardBin.equals(card.substring(0, 6))
                && cardLast4.equals(card.substring(card.length() - 4));
    }
}
