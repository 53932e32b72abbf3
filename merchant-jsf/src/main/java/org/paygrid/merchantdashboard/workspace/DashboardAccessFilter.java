package org.paygrid.merchantdashboard.workspace;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.paygrid.shared.logging.Log;

/**
 * Refuses a page to a member whose role in the current merchant does not allow it, for every request to it (the
 * first GET, postbacks and AJAX alike): hiding a link is not access control. The screens' beans and the domain check
 * again for every action.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class DashboardAccessFilter extends HttpFilter {

    private static final Log LOG = Log.of(DashboardAccessFilter.class);

    @Inject
    Workspace workspace;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<DashboardScreen> screen = DashboardScreen.of(request.getServletPath());
        if (screen.isPresent() && request.getUserPrincipal() != null
                && !workspace.may(screen.get().permission().name())) {
            LOG.warning(() -> "refused " + request.getMethod() + " " + request.getServletPath() + " to "
                    + request.getUserPrincipal().getName());
            if ("GET".equals(request.getMethod())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("Forbidden");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
