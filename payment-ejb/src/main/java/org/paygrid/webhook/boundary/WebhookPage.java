package org.paygrid.webhook.boundary;

import java.util.List;
import org.paygrid.webhook.entity.WebhookEndpoint;

/** A page of a merchant's endpoints, oldest first; {@code nextCursor} is null on the last page. */
public record WebhookPage(List<WebhookEndpoint> items, String nextCursor) {
}
