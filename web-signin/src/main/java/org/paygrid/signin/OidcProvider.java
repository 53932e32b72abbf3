package org.paygrid.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The protocol with one realm, for one client: the authorization request, the code and refresh grants, the ID
 * token's checks, the end-session address. The provider's metadata and keys are read at first use and kept; a
 * failed read is tried again at the next sign-in (the provider may start after the application).
 */
public final class OidcProvider {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;
    private static final Scope SCOPE = new Scope("openid", "profile", "email");

    private final OidcClientSettings settings;
    private final Clock clock;
    private volatile Discovered discovered;

    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    /** A sign-in begun: where to send the browser, and what must come back with it. */
    public record Started(URI authorizationUri, PendingSignIn pending) {
    }

    /** The provider said no (a refused code or refresh token, a token that fails its checks). */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public OidcProvider(OidcClientSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public OidcClientSettings settings() {
        return settings;
    }

    /** A fresh state, nonce and PKCE verifier, and the authorization request that carries their public halves. */
    public Started start(URI callback, String returnTo) throws IOException {
        PendingSignIn pending = new PendingSignIn(new State().getValue(), new Nonce().getValue(),
                new CodeVerifier().getValue(), returnTo);
        URI uri = new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE), SCOPE,
                new ClientID(settings.clientId()), callback)
                .endpointURI(discover().metadata().getAuthorizationEndpointURI())
                .state(new State(pending.state()))
                .nonce(new Nonce(pending.nonce()))
                .codeChallenge(new CodeVerifier(pending.codeVerifier()), CodeChallengeMethod.S256)
                .build()
                .toURI();
        return new Started(uri, pending);
    }

    /** Exchanges the code (with the PKCE verifier) and checks the ID token, nonce included. */
    public SignedIn finish(PendingSignIn pending, String code, URI callback) throws IOException, Refused {
        OIDCTokens tokens = tokens(new AuthorizationCodeGrant(new AuthorizationCode(code), callback,
                new CodeVerifier(pending.codeVerifier())));
        return signedIn(tokens, new Nonce(pending.nonce()), null);
    }

    /** New tokens for a sign-in whose access token is about to expire; refused once the provider's session ended. */
    public SignedIn refresh(SignedIn current) throws IOException, Refused {
        if (current.refreshToken() == null) {
            throw new Refused("no refresh token");
        }
        OIDCTokens tokens = tokens(new com.nimbusds.oauth2.sdk.RefreshTokenGrant(new RefreshToken(current.refreshToken())));
        return signedIn(tokens, null, current);
    }

    /** The provider's RP-initiated logout, returning the browser to {@code afterwards}. */
    public Optional<URI> endSessionUri(SignedIn signedIn, String afterwards) throws IOException {
        URI endpoint = discover().metadata().getEndSessionEndpointURI();
        if (endpoint == null) {
            return Optional.empty();
        }
        StringBuilder uri = new StringBuilder(endpoint.toString())
                .append("?client_id=").append(encode(settings.clientId()))
                .append("&post_logout_redirect_uri=").append(encode(afterwards));
        if (signedIn != null && signedIn.idToken() != null) {
            uri.append("&id_token_hint=").append(encode(signedIn.idToken()));
        }
        return Optional.of(URI.create(uri.toString()));
    }

    private OIDCTokens tokens(AuthorizationGrant grant) throws IOException, Refused {
        TokenRequest request = new TokenRequest(discover().metadata().getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())), grant);
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(CONNECT_TIMEOUT_MS);
        http.setReadTimeout(READ_TIMEOUT_MS);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (ParseException unreadable) {
            throw new Refused("unreadable token response", unreadable);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new Refused("token request refused: " + error.getCode() + " " + error.getDescription());
        }
        return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
    }

    private SignedIn signedIn(OIDCTokens tokens, Nonce expectedNonce, SignedIn before) throws IOException, Refused {
        JWT idToken = tokens.getIDToken();
        if (idToken == null && before == null) {
            throw new Refused("no ID token");
        }
        IDTokenClaimsSet claims;
        try {
            claims = discover().validator().validate(
                    idToken != null ? idToken : JWTParser.parse(before.idToken()), expectedNonce);
        } catch (BadJOSEException | JOSEException | java.text.ParseException invalid) {
            throw new Refused("ID token fails its checks", invalid);
        }
        if (before != null && !before.subject().equals(claims.getSubject().getValue())) {
            throw new Refused("refreshed tokens belong to another subject");
        }
        String username = Optional.ofNullable(claims.getStringClaim("preferred_username"))
                .orElse(claims.getSubject().getValue());
        List<String> groups = Optional.ofNullable(claims.getStringListClaim("groups")).orElse(List.of());
        long lifetime = tokens.getAccessToken().getLifetime() > 0 ? tokens.getAccessToken().getLifetime() : 60;
        RefreshToken refresh = tokens.getRefreshToken();
        return new SignedIn(claims.getSubject().getValue(), username,
                Optional.ofNullable(claims.getStringClaim("name")).orElse(username),
                claims.getStringClaim("email"), Boolean.TRUE.equals(claims.getBooleanClaim("email_verified")),
                groups, idToken != null ? idToken.serialize() : before.idToken(),
                tokens.getAccessToken().getValue(),
                refresh != null ? refresh.getValue() : before == null ? null : before.refreshToken(),
                Instant.now(clock).plusSeconds(lifetime));
    }

    private Discovered discover() throws IOException {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovered == null) {
                URI configuration = URI.create(settings.providerUri() + "/.well-known/openid-configuration");
                HTTPRequest http = new HTTPRequest(HTTPRequest.Method.GET, configuration);
                http.setConnectTimeout(CONNECT_TIMEOUT_MS);
                http.setReadTimeout(READ_TIMEOUT_MS);
                OIDCProviderMetadata metadata;
                try {
                    metadata = OIDCProviderMetadata.parse(http.send().getBodyAsJSONObject());
                } catch (ParseException unreadable) {
                    throw new IOException("unreadable provider metadata at " + configuration, unreadable);
                }
                // the realm's keys are fetched and cached by the validator; a key it does not know yet (the realm
                // rolled its keys) makes it fetch them again
                IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(),
                        new ClientID(settings.clientId()), JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL());
                validator.setMaxClockSkew(30);
                discovered = new Discovered(metadata, validator);
            }
            return discovered;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
