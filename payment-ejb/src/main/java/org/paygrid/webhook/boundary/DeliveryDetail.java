package org.paygrid.webhook.boundary;

import java.util.List;
import org.paygrid.webhook.entity.DeliveryAttempt;
import org.paygrid.webhook.entity.WebhookDelivery;
import org.paygrid.webhook.entity.WebhookEndpoint;

/** A delivery as staff look into it: where it goes and every attempt, oldest first. */
public record DeliveryDetail(WebhookDelivery delivery, WebhookEndpoint endpoint, List<DeliveryAttempt> attempts) {
}
