package org.paygrid.simulator.provider;

import java.time.Instant;

/** One payment as the provider books it. */
public record ProviderPayment(String reference, String channel, String provider, String customerId, long amount,
                              String status, String declineCode, String approveNo, long canceledAmount,
                              Instant createdAt) {

    public long remainingAmount() {
        return amount - canceledAmount;
    }
}
