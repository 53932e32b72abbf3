package org.paygrid.shared.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The response headers every page and answer of the platform carries, whichever web module serves it: HTTPS only
 * from the first visit on (HSTS; browsers ignore it over plain HTTP, so development is unaffected), no content-type
 * sniffing, no framing, no referrer beyond the origin, and the module's own Content-Security-Policy.
 */
public final class SecurityHeaders {

    /** For JSON answers and anything that is no page: nothing may load, nothing may frame it. */
    public static final String NO_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletResponse response, String contentSecurityPolicy) {
        response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (contentSecurityPolicy != null) {
            response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        }
    }
}
