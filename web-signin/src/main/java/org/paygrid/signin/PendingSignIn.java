package org.paygrid.signin;

import java.io.Serializable;

/**
 * A sign-in sent to the provider and not yet back: the secrets the callback must match (state against forged
 * callbacks, nonce against a replayed ID token, the PKCE verifier against a stolen code) and where to go after.
 */
public record PendingSignIn(String state, String nonce, String codeVerifier, String returnTo) implements Serializable {

    static final String SESSION_ATTRIBUTE = PendingSignIn.class.getName();

    @Override
    public String toString() {
        return "PendingSignIn[returnTo=" + returnTo + "]";
    }
}
