package org.paygrid.console.webhook;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.paygrid.shared.time.SeoulTime;
import org.paygrid.webhook.entity.WebhookDelivery;

/** One webhook delivery: which event went (or goes) to which endpoint, and how far its retries are. */
public record DeliveryRow(long id, String eventId, String eventType, String merchantId, String mode,
                          String endpointId, String status, int attempts, OffsetDateTime nextAttemptAt,
                          OffsetDateTime lastAttemptAt, OffsetDateTime deliveredAt, Long resendOf)
        implements Serializable {

    static DeliveryRow of(WebhookDelivery d) {
        return new DeliveryRow(d.id(), d.eventId(), d.eventType().name(), d.merchantId(), d.mode().wireName(),
                d.endpointId(), d.status().name(), d.attempts(), SeoulTime.of(d.nextAttemptAt()),
                SeoulTime.of(d.lastAttemptAt()), SeoulTime.of(d.deliveredAt()), d.resendOf());
    }
}
