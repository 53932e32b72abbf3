package org.paygrid.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies Keycloak access tokens for the staff API: RS256 signature against the realm's published keys
 * (cached, refreshed when Keycloak rotates them), the realm as issuer, expiry, and that it is an access token
 * ({@code typ} Bearer, not an ID or refresh token) issued for this API ({@code aud} holds
 * {@code paygrid.staff.token.audience}, a mapper of the realm's clients) to one of the clients allowed to call it
 * ({@code azp} in {@code paygrid.staff.token.clients}). Realm roles are read from the {@code groups} claim (the
 * realm's role mapper) or Keycloak's own {@code realm_access.roles}.
 */
@ApplicationScoped
public class StaffTokenVerifier {

    @Inject
    @ConfigProperty(name = "paygrid.staff.token.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "paygrid.staff.token.audience")
    String audience;

    @Inject
    @ConfigProperty(name = "paygrid.staff.token.clients")
    Set<String> clients;

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
        processor.setJWTClaimsSetVerifier(claimsVerifier(issuer, audience, clients));
    }

    /** What an access token for the staff API must say besides its signature. */
    static JWTClaimsSetVerifier<SecurityContext> claimsVerifier(String issuer, String audience, Set<String> clients) {
        // mutable sets: the Nimbus the server loads asks them whether they contain null (Set.of would throw)
        DefaultJWTClaimsVerifier<SecurityContext> standard = new DefaultJWTClaimsVerifier<>(
                new HashSet<>(Set.of(audience)),
                new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
                new HashSet<>(Set.of("sub", "exp", "iat", "azp")), new HashSet<>());
        return (claims, context) -> {
            standard.verify(claims, context);
            String client = String.valueOf(claims.getClaim("azp"));
            if (!clients.contains(client)) {
                throw new BadJWTException("client " + client + " may not call the staff API");
            }
        };
    }

    /** The staff member or automation client the token stands for; throws if the token is not good. */
    public StaffPrincipal verify(String token) throws InvalidStaffTokenException {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            String name = claims.getStringClaim("preferred_username");
            // Keycloak names a client's service account service-account-<client> and adds client_id to its tokens
            boolean serviceAccount = claims.getClaim("client_id") != null
                    || (name != null && name.startsWith("service-account-"));
            return new StaffPrincipal(name != null ? name : claims.getSubject(), roles(claims), serviceAccount);
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
