package org.paygrid.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.paygrid.shared.web.SecurityHeaders;

/**
 * The platform's security headers on every console page. The page's Content-Security-Policy comes from PrimeFaces
 * itself ({@code primefaces.CSP} in web.xml: every script it renders carries the response's nonce); this one adds
 * what PrimeFaces leaves open: no framing, no plugins, no base-URI rewrite, forms only to the console.
 */
@WebFilter(urlPatterns = "/*")
public class ConsoleHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(response, null);
        response.addHeader("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
        chain.doFilter(request, response);
    }
}
