package org.paygrid.simulator.card;

import java.time.Instant;

/** One row of the network's authorization book. */
public record Authorization(String reference, String cardBin, String cardLast4, long amount, String currency,
                            int installmentMonths, String status, String declineCode, String approveNo,
                            String issuerCode, String acquirerCode, String cardType, long canceledAmount,
                            Instant createdAt) {

    public long remainingAmount() {
        return amount - canceledAmount;
    }

    /** The same attempt sent again: same card (as far as the books know it) and same amount. */
    public boolean sameAttemptAs(CardRequest request) {
        String card = request.cardNumber();
        return amount == request.amount() && card != null && card.length() >= 10 && cardBin.equals(card.substring(0, 6))
                && cardLast4.equals(card.substring(card.length() - 4));
    }
}
