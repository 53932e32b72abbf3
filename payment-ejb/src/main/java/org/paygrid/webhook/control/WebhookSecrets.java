package org.paygrid.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.paygrid.keys.control.KeyRing;
import org.paygrid.keys.entity.Sealed;
import org.paygrid.keys.entity.KeyPurpose;
import org.paygrid.webhook.entity.WebhookEndpoint;

/**
 * Keeps endpoints' signing secrets encrypted at rest (AES-256-GCM under the ring's
 * {@link KeyPurpose#WEBHOOK_SECRET} keys, the endpoint id as associated data). The key id stored with each secret
 * names the key that opens it; a secret whose key the server does not have is refused, never signed with wrongly.
 */
@ApplicationScoped
public class WebhookSecrets {

    @Inject
    KeyRing keyRing;

    public void seal(WebhookEndpoint endpoint, String secret) {
        Sealed sealed = keyRing.seal(KeyPurpose.WEBHOOK_SECRET, endpoint.id(), secret.getBytes(StandardCharsets.UTF_8));
        endpoint.sealedSecret(sealed, WebhookSecret.hint(secret));
    }

    public String open(WebhookEndpoint endpoint) {
        return new String(keyRing.open(KeyPurpose.WEBHOOK_SECRET, endpoint.id(), endpoint.sealedSecret()),
                StandardCharsets.UTF_8);
    }

    /** The secret sealed again under the active key (rotation); its hint stays. */
    public void reseal(WebhookEndpoint endpoint) {
        endpoint.sealedSecret(keyRing.reseal(KeyPurpose.WEBHOOK_SECRET, endpoint.id(), endpoint.sealedSecret()),
                endpoint.secretHint());
    }
}
