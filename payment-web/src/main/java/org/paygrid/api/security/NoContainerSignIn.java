package org.paygrid.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API module's container authentication: none. Every API call is authenticated by {@link AuthenticationFilter}
 * (merchant keys, staff bearer tokens) once JAX-RS has matched its resource.
 * <p>
 * It exists because Jakarta Security installs its bridge for every web module of the EAR as soon as one module
 * (the console, the dashboard) declares a mechanism, and the bridge then asks each module for its own; a module
 * without one fails every request (docs/adr/0015-one-sign-in-mechanism-per-web-module.md).
 */
@ApplicationScoped
public class NoContainerSignIn implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        return context.doNothing();
    }
}
