package org.paygrid.webhook.boundary;

import java.util.List;
import org.paygrid.webhook.entity.WebhookDelivery;

/** A page of deliveries, newest first; {@code nextCursor} is null on the last page. */
public record DeliveryPage(List<WebhookDelivery> items, String nextCursor) {
}
