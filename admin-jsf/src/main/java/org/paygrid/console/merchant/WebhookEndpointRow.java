package org.paygrid.console.merchant;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import org.paygrid.shared.Mode;
import org.paygrid.shared.time.SeoulTime;
import org.paygrid.webhook.entity.WebhookEndpoint;

/** A merchant's webhook endpoint as staff see it: where it points, what it gets, why it is off; the secret as a hint. */
public record WebhookEndpointRow(String id, Mode mode, String url, String events, String status, String statusReason,
                                 String secretHint, OffsetDateTime createdAt) implements Serializable {

    static WebhookEndpointRow of(WebhookEndpoint e) {
        String events = e.eventTypes().isEmpty() ? "*"
                : e.eventTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        return new WebhookEndpointRow(e.id(), e.mode(), e.url(), events, e.status().name(), e.statusReason(),
                e.secretHint(), SeoulTime.of(e.createdAt()));
    }
}
