package org.paygrid.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/** Who is signed in to the console, with which roles, and the way out (ends the Keycloak session too). */
@Named
@RequestScoped
public class StaffSession {

    @Inject
    SecurityContext security;

    @Inject
    OpenIdContext openId;

    @Inject
    ConsoleOidcSettings oidc;

    public String getUsername() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    public String getDisplayName() {
        return openId.getClaims().getStringClaim("name").orElse(getUsername());
    }

    public List<String> getRoles() {
        return Stream.of(ConsoleRoles.ADMIN, ConsoleRoles.FINANCE, ConsoleRoles.SUPPORT, ConsoleRoles.RISK)
                .filter(security::isCallerInRole)
                .toList();
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    /**
     * The name to act and be audited as on {@code screen}; refuses staff without one of its roles. Every screen
     * bean asks this before it reads or changes anything, behind {@link ConsoleAccessFilter}.
     */
    public String actorOn(ConsoleScreen screen) {
        if (screen.roles().stream().noneMatch(this::hasRole)) {
            throw new ConsoleAccessDenied(getUsername() + " may not use " + screen);
        }
        return getUsername();
    }

    /**
     * Ends the console session and then Keycloak's single sign-on session, which would otherwise sign the
     * browser straight back in; Keycloak then returns the browser to the console, i.e. to its login page.
     */
    public void logout() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String idToken = openId.getIdentityToken() == null ? null : openId.getIdentityToken().getToken();
        String backToConsole = request.getRequestURL().toString()
                .replaceFirst("(https?://[^/]+" + request.getContextPath() + ").*", "$1/");
        StringBuilder endSession = new StringBuilder(oidc.endSessionUri())
                .append("?client_id=").append(encode(oidc.getClientId()))
                .append("&post_logout_redirect_uri=").append(encode(backToConsole));
        if (idToken != null) {
            endSession.append("&id_token_hint=").append(encode(idToken));
        }
        // the OpenID mechanism keeps the sign-in in the HTTP session: ending the session signs out of the console
        // (request.logout() would commit a redirect of its own before ours)
        external.invalidateSession();
        external.redirect(endSession.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
