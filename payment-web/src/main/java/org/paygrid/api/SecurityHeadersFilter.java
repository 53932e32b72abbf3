package org.paygrid.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.paygrid.shared.web.SecurityHeaders;

/**
 * The platform's security headers on every answer of this module. The API and the SDK load nothing; the payment
 * window sets a stricter policy of its own with a nonce per page (CheckoutServlet); the API reference (Swagger UI)
 * needs its own scripts and styles from this origin.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final String API_REFERENCE_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SecurityHeaders.apply(response, path.startsWith("/docs") || path.startsWith("/webjars")
                ? API_REFERENCE_POLICY : SecurityHeaders.NO_CONTENT_POLICY);
        chain.doFilter(request, response);
    }
}
