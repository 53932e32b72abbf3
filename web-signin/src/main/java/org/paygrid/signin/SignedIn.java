package org.paygrid.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A finished sign-in, kept in the module's HTTP session: who the person is by the ID token, and the tokens that
 * keep the sign-in tied to the provider's session. Replaced, never changed, when the tokens are refreshed.
 *
 * @param subject the provider's stable id of the person ({@code sub})
 * @param username {@code preferred_username} (the e-mail address in a realm that signs in by e-mail)
 * @param displayName {@code name}, or the user name when the provider has none
 * @param groups the {@code groups} claim (realm roles, where the realm maps them so)
 */
public record SignedIn(String subject, String username, String displayName, String email, boolean emailVerified,
                       List<String> groups, String idToken, String accessToken, String refreshToken,
                       Instant accessExpiresAt) implements Serializable {

    static final String SESSION_ATTRIBUTE = SignedIn.class.getName();

    public SignedIn {
        groups = List.copyOf(groups);
    }

    /** The sign-in of the request's session, if the session has one. */
    public static Optional<SignedIn> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session == null ? null : (SignedIn) session.getAttribute(SESSION_ATTRIBUTE));
    }

    boolean expiresBefore(Instant moment) {
        return accessExpiresAt.isBefore(moment);
    }

    @Override
    public String toString() {
        // tokens stay out of logs and debuggers' summaries
        return "SignedIn[" + username + ", " + subject + ", groups=" + groups + ", until " + accessExpiresAt + "]";
    }
}
