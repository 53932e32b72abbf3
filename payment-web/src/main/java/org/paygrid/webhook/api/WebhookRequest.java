package org.paygrid.webhook.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/webhooks}: where to send events, and which types (none: all of them, also future ones). */
public record WebhookRequest(
        @Schema(required = true, example = "https://shop.example/paygrid/webhooks") String url,
        @Schema(example = "[\"PAYMENT_STATUS_CHANGED\"]",
                enumeration = {"PAYMENT_STATUS_CHANGED", "DEPOSIT_CALLBACK", "PAYOUT_STATUS_CHANGED"})
        List<String> events) {
}
