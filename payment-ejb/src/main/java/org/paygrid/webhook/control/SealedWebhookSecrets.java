package org.paygrid.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.paygrid.keys.control.EntitySealedValues;
import org.paygrid.keys.entity.KeyPurpose;
import org.paygrid.webhook.entity.WebhookEndpoint;

/** Endpoints' signing secrets, as the key rotation sees them. */
@ApplicationScoped
public class SealedWebhookSecrets extends EntitySealedValues<WebhookEndpoint> {

    @Inject
    WebhookSecrets secrets;

    public SealedWebhookSecrets() {
        super(KeyPurpose.WEBHOOK_SECRET, WebhookEndpoint.class, "id", "secretKeyId");
    }

    @Override
    protected void reseal(WebhookEndpoint endpoint) {
        secrets.reseal(endpoint);
    }
}
