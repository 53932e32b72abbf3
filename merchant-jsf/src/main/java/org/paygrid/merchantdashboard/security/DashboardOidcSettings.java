package org.paygrid.merchantdashboard.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The merchant realm and the dashboard's client there; env vars override (MP Config). */
@ApplicationScoped
public class DashboardOidcSettings {

    @Inject
    @ConfigProperty(name = "paygrid.dashboard.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "paygrid.dashboard.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "paygrid.dashboard.oidc.client-secret")
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
