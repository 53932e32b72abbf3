package org.paygrid.console.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the console's OpenID provider is and who the console is to it; env vars override (MP Config). */
@ApplicationScoped
public class ConsoleOidcSettings {

    @Inject
    @ConfigProperty(name = "paygrid.console.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "paygrid.console.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "paygrid.console.oidc.client-secret")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
