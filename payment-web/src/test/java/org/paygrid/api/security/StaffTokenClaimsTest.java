package org.paygrid.api.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import java.util.Date;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffTokenClaimsTest {

    private static final String ISSUER = "https://login.paygrid.example/realms/paygrid";
    private static final JWTClaimsSetVerifier<SecurityContext> VERIFIER =
            StaffTokenVerifier.claimsVerifier(ISSUER, "paygrid-api", Set.of("paygrid-ops", "paygrid-console"));

    @Test
    void acceptsAnAccessTokenForThisApiFromAnAllowedClient() {
        assertThatCode(() -> VERIFIER.verify(accessToken().build(), null)).doesNotThrowAnyException();
    }

    @Test
    void refusesAnIdTokenOrARefreshToken() {
        assertThatThrownBy(() -> VERIFIER.verify(accessToken().claim("typ", "ID").build(), null))
                .isInstanceOf(BadJWTException.class);
        assertThatThrownBy(() -> VERIFIER.verify(accessToken().claim("typ", "Refresh").build(), null))
                .isInstanceOf(BadJWTException.class);
    }

    @Test
    void refusesATokenForAnotherAudience() {
        assertThatThrownBy(() -> VERIFIER.verify(accessToken().audience("account").build(), null))
                .isInstanceOf(BadJWTException.class);
        assertThatThrownBy(() -> VERIFIER.verify(accessToken().audience((String) null).build(), null))
                .isInstanceOf(BadJWTException.class);
    }

    @Test
    void refusesATokenOfAClientNotAllowedToCallTheStaffApi() {
        assertThatThrownBy(() -> VERIFIER.verify(accessToken().claim("azp", "admin-cli").build(), null))
                .isInstanceOf(BadJWTException.class).hasMessageContaining("admin-cli");
    }

    @Test
    void refusesAnotherIssuerOrAnExpiredToken() {
        assertThatThrownBy(() -> VERIFIER.verify(accessToken().issuer(ISSUER + "-other").build(), null))
                .isInstanceOf(BadJWTException.class);
        assertThatThrownBy(() -> VERIFIER.verify(accessToken()
                .expirationTime(new Date(System.currentTimeMillis() - 600_000)).build(), null))
                .isInstanceOf(BadJWTException.class);
    }

    private static JWTClaimsSet.Builder accessToken() {
        long now = System.currentTimeMillis();
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("f3c1").audience("paygrid-api")
                .claim("typ", "Bearer").claim("azp", "paygrid-console")
                .issueTime(new Date(now)).expirationTime(new Date(now + 300_000));
    }
}
