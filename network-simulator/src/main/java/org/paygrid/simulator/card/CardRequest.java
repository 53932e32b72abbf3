package org.paygrid.simulator.card;

/** An authorization request as the platform sends it; {@code reference} identifies the attempt. */
public record CardRequest(String reference, String cardNumber, Integer expiryYear, Integer expiryMonth, Long amount,
                          String currency, Integer installmentMonths) {

    @Override
    public String toString() {
        return "CardRequest[" + reference + ", " + amount + " " + currency + "]";
    }
}
