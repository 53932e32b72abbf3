package org.paygrid.api;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.ext.Provider;

/**
 * The server span of every API call, continuing the caller's W3C {@code traceparent} when it sends one, named by
 * the route template ({@code POST /v1/payments/key-in}, never a path with ids). Payara's own JAX-RS tracing starts
 * such a span only when the application was deployed onto a running server, not when the server starts with it
 * (Payara 6.2025.9): so this filter starts one whenever none is current, and leaves Payara's alone otherwise.
 * Runs before authentication, so the merchant it names lands on this span.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class TraceFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String SPAN = TraceFilter.class.getName() + ".span";
    private static final String SCOPE = TraceFilter.class.getName() + ".scope";

    private static final TextMapGetter<ContainerRequestContext> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ContainerRequestContext request) {
            return request.getHeaders().keySet();
        }

        @Override
        public String get(ContainerRequestContext request, String name) {
            return request == null ? null : request.getHeaderString(name);
        }
    };

    @Inject
    Tracer tracer;

    @Inject
    OpenTelemetry telemetry;

    @jakarta.ws.rs.core.Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (Span.current().getSpanContext().isValid()) {
            return;   // Payara's span is on
        }
        Context caller = telemetry.getPropagators().getTextMapPropagator().extract(Context.root(), request, HEADERS);
        Span span = tracer.spanBuilder(RouteMetricsFilter.route(request.getMethod(), resource.getResourceClass(),
                        resource.getResourceMethod()))
                .setParent(caller).setSpanKind(SpanKind.SERVER)
                .setAttribute("http.method", request.getMethod())
                .setAttribute("http.target", request.getUriInfo().getRequestUri().getRawPath())
                .startSpan();
        request.setProperty(SPAN, span);
        request.setProperty(SCOPE, span.makeCurrent());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(SPAN) instanceof Span span)) {
            return;
        }
        span.setAttribute("http.status_code", response.getStatus());
        if (response.getStatus() >= 500) {
            span.setStatus(StatusCode.ERROR);
        }
        if (request.getProperty(SCOPE) instanceof Scope scope) {
            scope.close();
        }
        span.end();
    }
}
