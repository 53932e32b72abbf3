package org.paygrid.console.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Staff sign in through Keycloak (OpenID Connect, authorization code flow). The realm roles come in the
 * {@code groups} claim and are mapped one-to-one onto the console's roles (Payara's default group-to-role
 * mapping). Provider and client are read from MicroProfile Config through {@link ConsoleOidcSettings}.
 */
@ApplicationScoped
@DeclareRoles({ConsoleRoles.ADMIN, ConsoleRoles.FINANCE, ConsoleRoles.SUPPORT})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${consoleOidcSettings.providerUri}",
        clientId = "${consoleOidcSettings.clientId}",
        clientSecret = "${consoleOidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        // Soteria's replay of the original request fails with an NPE on a request without parameters;
        // the callback lands on SignInCallback instead, which opens the console
        redirectToOriginalResource = false,
        claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "groups"))
public class ConsoleSecurity {
}
