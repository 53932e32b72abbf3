package org.paygrid.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * An event delivered by webhook (contract section 7), its signature checked. {@code id} is also the
 * {@code webhook-id} header: store it to skip a delivery you already handled.
 */
public record WebhookEvent(String id, String type, OffsetDateTime createdAt, String mode, JsonNode data) {

    /** The payment an event of type PAYMENT_STATUS_CHANGED or DEPOSIT_CALLBACK carries. */
    public Payment payment() {
        if (!"PAYMENT_STATUS_CHANGED".equals(type) && !"DEPOSIT_CALLBACK".equals(type)) {
            throw new IllegalStateException("A " + type + " event carries no payment");
        }
        return Transport.JSON.convertValue(data, Payment.class);
    }

    /** The payout a PAYOUT_STATUS_CHANGED event carries. */
    public Settlements.Payout payout() {
        if (!"PAYOUT_STATUS_CHANGED".equals(type)) {
            throw new IllegalStateException("A " + type + " event carries no payout");
        }
        return Transport.JSON.convertValue(data, Settlements.Payout.class);
    }
}
