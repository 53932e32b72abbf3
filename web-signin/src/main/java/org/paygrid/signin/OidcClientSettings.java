package org.paygrid.signin;

import java.time.Duration;
import java.util.Objects;

/**
 * Who a web module is to its OpenID provider.
 *
 * @param providerUri the realm's URL, where {@code .well-known/openid-configuration} is read
 * @param clientId the module's confidential client
 * @param clientSecret its secret (from configuration, never a default outside development)
 * @param callbackPath where the provider returns the browser, inside the module (e.g. {@code /callback})
 * @param refreshMargin how long before the access token expires the next request refreshes it
 */
public record OidcClientSettings(String providerUri, String clientId, String clientSecret, String callbackPath,
                                 Duration refreshMargin) {

    public OidcClientSettings {
        Objects.requireNonNull(providerUri, "providerUri");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        if (!callbackPath.startsWith("/")) {
            throw new IllegalArgumentException("callbackPath must start with /: " + callbackPath);
        }
        providerUri = providerUri.replaceAll("/+$", "");
    }

    public static OidcClientSettings of(String providerUri, String clientId, String clientSecret) {
        return new OidcClientSettings(providerUri, clientId, clientSecret, "/callback", Duration.ofSeconds(10));
    }
}
