package org.paygrid.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.shared.crypto.AesGcm;
import org.paygrid.webhook.entity.WebhookEndpoint;

/**
 * Keeps endpoints' signing secrets encrypted at rest (AES-256-GCM, the endpoint id as associated data). The key is
 * {@code paygrid.webhook.encryption-key}, by default the card vault's key; a key id is stored with each secret so
 * that a server with another key refuses to sign rather than sign wrongly.
 */
@ApplicationScoped
public class WebhookSecrets {

    static final String KEY_PROPERTY = "paygrid.webhook.encryption-key";

    @Inject
    @ConfigProperty(name = KEY_PROPERTY)
    String base64Key;

    @Inject
    @ConfigProperty(name = "paygrid.webhook.encryption-key-id")
    String keyId;

    public void seal(WebhookEndpoint endpoint, String secret) {
        byte[] iv = AesGcm.newIv();
        byte[] sealed = AesGcm.encrypt(AesGcm.key(base64Key, KEY_PROPERTY), iv, endpoint.id(),
                secret.getBytes(StandardCharsets.UTF_8));
        endpoint.sealedSecret(keyId, iv, sealed, WebhookSecret.hint(secret));
    }

    public String open(WebhookEndpoint endpoint) {
        if (!keyId.equals(endpoint.secretKeyId())) {
            throw new IllegalStateException("webhook secret of " + endpoint.id() + " sealed under key "
                    + endpoint.secretKeyId() + ", this server has " + keyId);
        }
        return new String(AesGcm.decrypt(AesGcm.key(base64Key, KEY_PROPERTY), endpoint.secretIv(), endpoint.id(),
                endpoint.secretCiphertext()), StandardCharsets.UTF_8);
    }
}
