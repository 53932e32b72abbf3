package org.paygrid.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.paygrid.shared.metrics.Meters;

/**
 * {@code paygrid_http_requests_total{route,status}} for every API answer, 4xx and 5xx included. The route is the
 * matched resource method's template ({@code POST /v1/payments/{paymentKey}/cancel}), never the path itself, so
 * the label set stays bounded; a request no resource matched counts as {@code unmatched}.
 */
@Provider
public class RouteMetricsFilter implements ContainerResponseFilter {

    private static final String REQUESTS = "paygrid.http.requests";

    @Context
    ResourceInfo resource;

    @Inject
    Meters meters;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        meters.count(REQUESTS, "route", route(request.getMethod(), resource.getResourceClass(),
                resource.getResourceMethod()), "status", String.valueOf(response.getStatus()));
    }

    static String route(String httpMethod, Class<?> type, Method method) {
        if (type == null || method == null) {
            return "unmatched";
        }
        return httpMethod + " /v1" + template(type.getAnnotation(Path.class)) + template(method.getAnnotation(Path.class));
    }

    private static String template(Path path) {
        if (path == null || path.value().isEmpty() || path.value().equals("/")) {
            return "";
        }
        return path.value().startsWith("/") ? path.value() : "/" + path.value();
    }
}
