package org.paygrid.webhook.boundary;

import org.paygrid.webhook.entity.WebhookEndpoint;

/** A new endpoint and its signing secret in clear: the registration answer is where the merchant gets it. */
public record RegisteredWebhook(WebhookEndpoint endpoint, String secret) {

    @Override
    public String toString() {
        return "RegisteredWebhook[" + endpoint.id() + "]";
    }
}
