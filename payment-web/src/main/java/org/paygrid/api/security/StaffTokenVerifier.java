package org.paygrid.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies Keycloak access tokens for the staff API: RS256 signature against the realm's published keys
 * (cached, refreshed when Keycloak rotates them), the realm as issuer, and expiry. Realm roles are read
 * from the {@code groups} claim (the realm's role mapper) or Keycloak's own {@code realm_access.roles}.
 */
@ApplicationScoped
public class StaffTokenVerifier {

    @Inject
    @ConfigProperty(name = "paygrid.staff.token.issuer")
    String issuer;

    private DefaultJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void init() {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(issuer + "/protocol/openid-connect/certs").toURL())
                    .retrying(true)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("paygrid.staff.token.issuer is not a URL: " + issuer, e);
        }
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat")));
    }

    /** The staff member or automation client the token stands for; throws if the token is not good. */
    public StaffPrincipal verify(String token) throws InvalidStaffTokenException {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            String name = claims.getStringClaim("preferred_username");
            return new StaffPrincipal(name != null ? name : claims.getSubject(), roles(claims));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidStaffTokenException(e.getMessage());
        }
    }

    private static Set<String> roles(JWTClaimsSet claims) throws ParseException {
        Set<String> roles = new LinkedHashSet<>();
        List<String> groups = claims.getStringListClaim("groups");
        if (groups != null) {
            roles.addAll(groups);
        }
        Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> realmRoles) {
            realmRoles.forEach(role -> roles.add(String.valueOf(role)));
        }
        return roles;
    }

    /** The token is missing a part, badly signed, expired or from another issuer. */
    public static class InvalidStaffTokenException extends Exception {
        public InvalidStaffTokenException(String reason) {
            super(reason);
        }
    }
}
