package org.paygrid.payment.boundary;

/** What the customer typed in the payment window. */
public record WindowCard(String cardNumber, String expiryMonth, String expiryYear, Integer installmentMonths) {

    @Override
    public String toString() {
        return "WindowCard[masked]";
    }
}
