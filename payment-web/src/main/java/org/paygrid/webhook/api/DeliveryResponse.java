package org.paygrid.webhook.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.shared.time.SeoulTime;
import org.paygrid.webhook.boundary.DeliveryDetail;
import org.paygrid.webhook.entity.DeliveryAttempt;
import org.paygrid.webhook.entity.WebhookDelivery;

/** One event on its way to one webhook: PENDING until a 2xx (DELIVERED) or the last retry (FAILED). */
@Schema(name = "WebhookDelivery")
@JsonbPropertyOrder({"id", "webhookId", "eventId", "eventType", "orderingKey", "merchantId", "mode", "status",
        "attemptCount", "nextAttemptAt", "lastAttemptAt", "deliveredAt", "resendOf", "createdAt", "url", "attempts"})
public record DeliveryResponse(
        long id, String webhookId, String eventId, String eventType,
        @Schema(description = "Deliveries with the same key (a payment's key) reach a webhook in order") String orderingKey,
        String merchantId, String mode,
        @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED"}) String status,
        int attemptCount, OffsetDateTime nextAttemptAt, OffsetDateTime lastAttemptAt, OffsetDateTime deliveredAt,
        @Schema(description = "The delivery this one sends again") Long resendOf,
        OffsetDateTime createdAt,
        @Schema(description = "Staff detail only") String url,
        @Schema(description = "Staff detail only: every attempt, oldest first",
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                implementation = Attempt.class) List<Attempt> attempts) {

    static DeliveryResponse of(WebhookDelivery d) {
        return new DeliveryResponse(d.id(), d.endpointId(), d.eventId(), d.eventType().name(), d.orderingKey(),
                d.merchantId(), d.mode().wireName(), d.status().name(), d.attempts(), SeoulTime.of(d.nextAttemptAt()),
                SeoulTime.of(d.lastAttemptAt()), SeoulTime.of(d.deliveredAt()), d.resendOf(),
                SeoulTime.of(d.createdAt()), null, null);
    }

    static DeliveryResponse of(DeliveryDetail detail) {
        DeliveryResponse d = of(detail.delivery());
        return new DeliveryResponse(d.id(), d.webhookId(), d.eventId(), d.eventType(), d.orderingKey(),
                d.merchantId(), d.mode(), d.status(), d.attemptCount(), d.nextAttemptAt(), d.lastAttemptAt(),
                d.deliveredAt(), d.resendOf(), d.createdAt(), detail.endpoint().url(),
                detail.attempts().stream().map(Attempt::of).toList());
    }

    /** One HTTP attempt: the status, or the error when no answer came; the first 1000 characters of the answer. */
    @JsonbPropertyOrder({"number", "attemptedAt", "webhookTimestamp", "httpStatus", "error", "latencyMs",
            "responseExcerpt", "sentBy"})
    public record Attempt(int number, OffsetDateTime attemptedAt, long webhookTimestamp, Integer httpStatus,
                          String error, long latencyMs, String responseExcerpt, String sentBy) {
        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.attemptNumber(), SeoulTime.of(a.attemptedAt()), a.webhookTimestamp(), a.httpStatus(),
                    a.error(), a.latencyMs(), a.responseExcerpt(), a.sentBy());
        }
    }

    /** A page of deliveries, newest first: {@code nextCursor} is null on the last page. */
    public record Page(List<DeliveryResponse> items, String nextCursor) {
    }
}
