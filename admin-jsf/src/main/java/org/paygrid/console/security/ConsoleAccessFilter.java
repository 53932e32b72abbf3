package org.paygrid.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.paygrid.shared.logging.Log;

/**
 * Refuses a screen's pages to staff without one of its roles, for every request to them: the first GET, Faces
 * postbacks and PrimeFaces AJAX alike (they all go to the page's own URL). Hiding a menu entry is not access
 * control; this is. The answer is a 403: for a page request web.xml renders it as the access-denied page.
 */
@WebFilter(urlPatterns = "/*")
public class ConsoleAccessFilter extends HttpFilter {

    private static final Log LOG = Log.of(ConsoleAccessFilter.class);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ConsoleScreen screen = ConsoleScreen.of(request.getServletPath());
        if (screen != null && !screen.openTo(request)) {
            LOG.warning(() -> "refused " + request.getMethod() + " " + request.getServletPath() + " to "
                    + (request.getUserPrincipal() == null ? "nobody" : request.getUserPrincipal().getName()));
            if ("GET".equals(request.getMethod())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                // a refused form post never reaches Faces, not even to render the access-denied page for it (its
                // view state and CSP nonce are the caller's and would be checked as a postback)
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("Forbidden");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
