package org.paygrid.api;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.paygrid.shared.logging.LogContext;

/**
 * Each request starts with an empty log context and no current span, and leaves neither behind on its pooled
 * thread: the merchant (named by the authentication), the payment (named by the payment flows) and the trace of
 * one request never label another's lines, even when something inside forgot to close what it opened.
 */
@WebFilter(urlPatterns = "/*")
public class LogContextFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (LogContext.Scope ofThisRequest = LogContext.open(); Scope noSpanYet = Context.root().makeCurrent()) {
            chain.doFilter(request, response);
        }
    }
}
