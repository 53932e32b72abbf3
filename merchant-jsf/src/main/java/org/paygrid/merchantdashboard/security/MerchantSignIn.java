package org.paygrid.merchantdashboard.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.paygrid.signin.OidcClientSettings;
import org.paygrid.signin.OidcSignInMechanism;
import org.paygrid.signin.SignedIn;

/**
 * People sign in to the dashboard through Keycloak's merchant realm (authorization code flow with PKCE), never
 * the staff realm: a staff session is nothing here. Everyone signed in is a {@code person}; what they may see and
 * do of which merchant is their membership's, asked of the domain on every screen.
 */
@ApplicationScoped
@DeclareRoles(MerchantSignIn.PERSON)
public class MerchantSignIn extends OidcSignInMechanism {

    static final String PERSON = "person";

    @Inject
    DashboardOidcSettings oidc;

    @Override
    protected OidcClientSettings settings() {
        return OidcClientSettings.of(oidc.getProviderUri(), oidc.getClientId(), oidc.getClientSecret());
    }

    @Override
    protected Set<String> groupsOf(SignedIn signedIn) {
        return Set.of(PERSON);
    }
}
