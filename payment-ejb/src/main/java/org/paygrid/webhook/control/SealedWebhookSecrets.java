package org.paygrid.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.paygrid.keys.control.EntitySealedValues;
import org.paygrid.keys.entity.KeyPurpose;
import org.paygrid.webhook.entity.WebhookEndpoint;

/** Endpoints' signing secrets, as the key rotation sees them. */
@ApplicationScoped
public class SealedWebhookSecrets extends EntitySealedValues<WebhookEndpoint> {

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookSecrets secrets;

    public SealedWebhookSecrets() {
        super(WebhookEndpoint.class, "id", "secretKeyId");
    }

    @Override
    public KeyPurpose purpose() {
        return KeyPurpose.WEBHOOK_SECRET;
    }

    @Override
    protected EntityManager em() {
        return em;
    }

    @Override
    protected void reseal(WebhookEndpoint endpoint) {
        secrets.reseal(endpoint);
    }
}
