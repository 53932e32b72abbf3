package org.paygrid.console.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Staff sign in through Keycloak (OpenID Connect, authorization code flow). The realm roles come in the
 * {@code groups} claim and are mapped one-to-one onto the console's roles (Payara's default group-to-role
 * mapping). Provider and client are read from MicroProfile Config through {@link ConsoleOidcSettings}.
 * <p>
 * A console session lasts only as long as the staff member's Keycloak session: the console client's access token
 * lives a minute (20 s in development; the realm sets it), and once it is within 10 s of expiring the next request
 * refreshes it at Keycloak; a Keycloak session that has ended (signed out elsewhere, idle 15 min, ended by an
 * administrator) refuses the refresh, and the console signs the staff member out.
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
        tokenAutoRefresh = true,
        claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "groups"))
public class ConsoleSecurity {
}
