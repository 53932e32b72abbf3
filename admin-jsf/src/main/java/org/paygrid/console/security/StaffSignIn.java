package org.paygrid.console.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.paygrid.signin.OidcClientSettings;
import org.paygrid.signin.OidcSignInMechanism;

/**
 * Staff sign in through Keycloak's staff realm (authorization code flow with PKCE). The realm roles come in the
 * {@code groups} claim and are mapped one-to-one onto the console's roles (Payara's default group-to-role mapping).
 * <p>
 * A console session lasts only as long as the staff member's Keycloak session: the console client's access token
 * lives a minute (20 s in development; the realm sets it), and once it is within 10 s of expiring the next request
 * refreshes it at Keycloak; a Keycloak session that has ended (signed out elsewhere, idle 15 min, ended by an
 * administrator) refuses the refresh, and the console signs the staff member out.
 */
@ApplicationScoped
@DeclareRoles({ConsoleRoles.ADMIN, ConsoleRoles.FINANCE, ConsoleRoles.SUPPORT, ConsoleRoles.RISK})
public class StaffSignIn extends OidcSignInMechanism {

    @Inject
    ConsoleOidcSettings oidc;

    @Override
    protected OidcClientSettings settings() {
        return OidcClientSettings.of(oidc.getProviderUri(), oidc.getClientId(), oidc.getClientSecret());
    }
}
