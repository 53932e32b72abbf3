package org.paygrid.simulator.provider;

import java.time.Instant;

/** One payment as the provider books it. */
public record ProviderPayment(String reference, String channel, String provider, String customerId, long amount,
                              String status, String declineCode, String approveNo, long canceledAmount,
                              Instant createdAt) {

    static final String REVERSED = "REVERSED";

    /**
     * The platform's reversal of a payment request the provider has not received: booked under its reference, so the
     * request is refused if it arrives later. It knows the channel and the amount, not the provider or the customer.
     */
    public static ProviderPayment reversal(String reference, String channel, long amount, Instant now) {
        return new ProviderPayment(reference, channel, null, null, amount, REVERSED, null, null, 0, now);
    }

    public boolean reversed() {
        return REVERSED.equals(status);
    }

    public long remainingAmount() {
        return amount - canceledAmount;
    }
}
