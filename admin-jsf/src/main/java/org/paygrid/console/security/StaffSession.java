package org.paygrid.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.paygrid.signin.SignedIn;

/** Who is signed in to the console, with which roles, and the way out (ends the Keycloak session too). */
@Named
@RequestScoped
public class StaffSession {

    @Inject
    SecurityContext security;

    @Inject
    StaffSignIn signIn;

    @Inject
    HttpServletRequest request;

    public String getUsername() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    public String getDisplayName() {
        return SignedIn.of(request).map(SignedIn::displayName).orElse(getUsername());
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
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String backToConsole = request.getRequestURL().toString()
                .replaceFirst("(https?://[^/]+" + request.getContextPath() + ").*", "$1/");
        // ends the console session first (request.logout() would commit a redirect of its own before ours)
        URI endSession = signIn.signOut(request, backToConsole).orElse(URI.create(backToConsole));
        external.redirect(endSession.toString());
    }
}
