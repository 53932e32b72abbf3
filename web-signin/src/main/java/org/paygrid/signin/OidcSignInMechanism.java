package org.paygrid.signin;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A web module's sign-in: every request of a signed-in session is let in under the person's name and groups (the
 * access token refreshed first when it is about to expire); a protected request without one is sent to the
 * provider; the provider's answer at the callback path finishes the sign-in and returns the browser where it was
 * going. A refused refresh (the provider's session ended: signed out, idle, ended by an administrator) ends the
 * module's session too, so a module's sign-in never outlives the provider's.
 * <p>
 * Each web module subclasses this as its one {@code @ApplicationScoped} {@link HttpAuthenticationMechanism}.
 */
public abstract class OidcSignInMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(OidcSignInMechanism.class.getName());

    private volatile OidcProvider provider;

    /** The module's client at its realm; read once, at the first request. */
    protected abstract OidcClientSettings settings();

    /** The groups (hence roles) the person has in this module; by default the token's {@code groups} claim. */
    protected Set<String> groupsOf(SignedIn signedIn) {
        return new HashSet<>(signedIn.groups());
    }

    protected Clock clock() {
        return Clock.systemUTC();
    }

    /** The protocol with this module's realm, for sign-out links and the like. */
    public OidcProvider provider() {
        OidcProvider known = provider;
        if (known == null) {
            synchronized (this) {
                if (provider == null) {
                    provider = new OidcProvider(settings(), clock());
                }
                known = provider;
            }
        }
        return known;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            if (isCallback(request) && request.getParameter("state") != null) {
                return finish(request, response, context);
            }
            Optional<SignedIn> signedIn = current(request);
            if (signedIn.isPresent()) {
                SignedIn person = signedIn.get();
                return context.notifyContainerAboutLogin(new CallerPrincipal(person.username()), groupsOf(person));
            }
            if (!context.isProtected()) {
                return context.doNothing();
            }
            return start(request, response);
        } catch (IOException providerUnreachable) {
            LOG.log(Level.WARNING, "sign-in provider unreachable", providerUnreachable);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    /** The session's sign-in, refreshed if its access token is about to expire; empty once the provider refused. */
    private Optional<SignedIn> current(HttpServletRequest request) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        SignedIn signedIn = (SignedIn) session.getAttribute(SignedIn.SESSION_ATTRIBUTE);
        if (signedIn == null) {
            return Optional.empty();
        }
        Instant soon = Instant.now(clock()).plus(settings().refreshMargin());
        if (!signedIn.expiresBefore(soon)) {
            return Optional.of(signedIn);
        }
        synchronized (signedIn) {
            // another request of the same session may have refreshed it meanwhile
            SignedIn latest = (SignedIn) session.getAttribute(SignedIn.SESSION_ATTRIBUTE);
            if (latest != null && latest != signedIn && !latest.expiresBefore(soon)) {
                return Optional.of(latest);
            }
            try {
                SignedIn refreshed = provider().refresh(signedIn);
                session.setAttribute(SignedIn.SESSION_ATTRIBUTE, refreshed);
                return Optional.of(refreshed);
            } catch (OidcProvider.Refused refused) {
                LOG.info(() -> "sign-in of " + signedIn.username() + " ended: " + refused.getMessage());
                session.invalidate();
                return Optional.empty();
            }
        }
    }

    private AuthenticationStatus start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean page = "GET".equals(request.getMethod()) && !isAjax(request);
        String returnTo = page ? request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : request.getContextPath() + "/";
        OidcProvider.Started started = provider().start(callback(request), returnTo);
        request.getSession(true).setAttribute(PendingSignIn.SESSION_ATTRIBUTE, started.pending());
        redirect(request, response, started.authorizationUri().toString());
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus finish(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) throws IOException {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        if (pending == null || !pending.state().equals(request.getParameter("state"))) {
            // a callback this session did not ask for (forged, replayed, or a sign-in begun in another tab): start over
            LOG.warning(() -> "sign-in callback with an unknown state at " + request.getRequestURI());
            response.sendRedirect(request.getContextPath() + "/");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        String code = request.getParameter("code");
        if (code == null) {
            LOG.info(() -> "sign-in not completed at the provider: " + request.getParameter("error"));
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedIn signedIn;
        try {
            signedIn = provider().finish(pending, code, callback(request));
        } catch (OidcProvider.Refused refused) {
            LOG.warning(() -> "sign-in refused: " + refused.getMessage());
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return AuthenticationStatus.SEND_FAILURE;
        }
        // a new session id for the signed-in session: one fixed before sign-in is worth nothing after it
        request.changeSessionId();
        request.getSession().setAttribute(SignedIn.SESSION_ATTRIBUTE, signedIn);
        response.sendRedirect(pending.returnTo());
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Ends the module's session; the caller then sends the browser to the provider's end-session address. */
    public Optional<URI> signOut(HttpServletRequest request, String afterwards) throws IOException {
        SignedIn signedIn = SignedIn.of(request).orElse(null);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return provider().endSessionUri(signedIn, afterwards);
    }

    private boolean isCallback(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + settings().callbackPath());
    }

    /** The callback at the address the browser used (scheme and host as the proxy forwarded them). */
    private URI callback(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        String base = url.substring(0, url.length() - request.getRequestURI().length());
        return URI.create(base + request.getContextPath() + settings().callbackPath());
    }

    private static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** A Faces AJAX request follows a redirect only when told in a partial response. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String location)
            throws IOException {
        if (isAjax(request)) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(location);
        }
    }
}
