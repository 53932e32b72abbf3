package org.paygrid.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets merchants' checkout pages, on their own origins, create payments from the browser with their client key
 * (what the JS SDK does). Only {@code /v1/payments} is open to other origins; no cookies are involved.
 */
@Provider
@PreMatching
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String BROWSER_PATH = "payments";

    @Override
    public void filter(ContainerRequestContext request) {
        if ("OPTIONS".equals(request.getMethod()) && isBrowserPath(request)) {
            request.abortWith(Response.noContent().build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (isBrowserPath(request) && request.getHeaderString("Origin") != null) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
            response.getHeaders().putSingle("Access-Control-Allow-Methods", "POST, OPTIONS");
            response.getHeaders().putSingle("Access-Control-Allow-Headers", "Authorization, Content-Type, Idempotency-Key");
            response.getHeaders().putSingle("Access-Control-Max-Age", "600");
        }
    }

    private static boolean isBrowserPath(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.equals(BROWSER_PATH) || path.equals("/" + BROWSER_PATH);
    }
}
