package org.paygrid.sdk;

import java.time.OffsetDateTime;
import java.util.List;

/** The addresses Paygrid sends the key's mode's events to (at most a few per mode). */
public final class WebhookEndpoints {

    private final Transport transport;

    WebhookEndpoints(Transport transport) {
        this.transport = transport;
    }

    /**
     * Registers {@code url} for the given event types (none: all of them). The answer holds the signing secret
     * ({@code whsec_...}) once: store it for {@link Webhooks}.
     */
    public WebhookEndpoint create(String url, List<String> events, String idempotencyKey) {
        record Register(String url, List<String> events) {
        }
        return transport.post("/v1/webhooks", new Register(url, events == null || events.isEmpty() ? null : events),
                idempotencyKey, WebhookEndpoint.class);
    }

    public Page<WebhookEndpoint> list() {
        return transport.page("/v1/webhooks", WebhookEndpoint.class);
    }

    public WebhookEndpoint get(String id) {
        return transport.get("/v1/webhooks/" + Transport.encode(id), WebhookEndpoint.class);
    }

    /** Stops deliveries to it; events already recorded stay readable with {@link Events}. */
    public void delete(String id) {
        transport.delete("/v1/webhooks/" + Transport.encode(id), null);
    }

    /**
     * A registered endpoint. {@code secret} is only in the answer to {@link #create}; later reads show
     * {@code secretHint}. {@code status} ACTIVE, or DISABLED (the receiver answered 410 Gone: {@code statusReason}).
     */
    public record WebhookEndpoint(String id, String url, List<String> events, String status, String statusReason,
                                  String secret, String secretHint, String mode, OffsetDateTime createdAt) {

        @Override
        public String toString() {   // never the secret in a log
            return "WebhookEndpoint[id=" + id + ", url=" + url + ", events=" + events + ", status=" + status + "]";
        }
    }
}
