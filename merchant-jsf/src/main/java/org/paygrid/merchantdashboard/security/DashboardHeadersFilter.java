package org.paygrid.merchantdashboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.paygrid.shared.web.SecurityHeaders;

/**
 * The platform's security headers on every dashboard page; PrimeFaces sets the script nonce policy
 * ({@code primefaces.CSP}), this adds no framing, no plugins and no base-URI rewrite.
 */
@WebFilter(urlPatterns = "/*")
public class DashboardHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(response, null);
        response.addHeader("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
        chain.doFilter(request, response);
    }
}
