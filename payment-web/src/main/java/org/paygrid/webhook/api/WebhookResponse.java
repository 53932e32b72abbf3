package org.paygrid.webhook.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.shared.time.SeoulTime;
import org.paygrid.webhook.entity.WebhookEndpoint;

/**
 * A webhook endpoint. {@code secret} is only in the registration answer (and {@code GET .../secret});
 * {@code secretHint} always, to tell secrets apart. {@code events} empty means every type.
 */
@Schema(name = "Webhook")
@JsonbPropertyOrder({"id", "url", "events", "status", "statusReason", "secret", "secretHint", "mode", "createdAt"})
public record WebhookResponse(
        @Schema(example = "whk_Qm3xT8pLw2ZkR9vYb4NcH7dA") String id,
        @Schema(example = "https://shop.example/paygrid/webhooks") String url,
        List<String> events,
        @Schema(enumeration = {"ACTIVE", "DISABLED"}) String status,
        @Schema(description = "Why a webhook is DISABLED (it answered 410 Gone)") String statusReason,
        @Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        @Schema(example = "whsec_MfKQ…") String secretHint,
        @Schema(example = "test") String mode,
        OffsetDateTime createdAt) {

    static WebhookResponse of(WebhookEndpoint endpoint, String secret) {
        return new WebhookResponse(endpoint.id(), endpoint.url(),
                endpoint.eventTypes().stream().map(Enum::name).sorted().toList(), endpoint.status().name(),
                endpoint.statusReason(), secret, endpoint.secretHint(), endpoint.mode().wireName(),
                SeoulTime.of(endpoint.createdAt()));
    }

    /** A page of webhooks: {@code nextCursor} is null on the last page. */
    public record Page(List<WebhookResponse> items, String nextCursor) {
    }

    public record Secret(@Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
    }
}
