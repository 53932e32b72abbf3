package org.paygrid.simulator;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The simulator's own figures at its {@code /metrics}: {@code simulator_requests_total{route,status}}, every answer
 * the card network, the providers and the bank gave, by route template (approvals 200, declines 402, injected
 * failures 502...), so that what Paygrid counts can be set against what its counterpart saw.
 */
@Provider
public class SimulatorMetricsFilter implements ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    /** Created once per route and status, one creation at a time: Payara's registry is not safe for concurrent ones. */
    private static final ConcurrentMap<String, Counter> COUNTERS = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String route = route(request.getMethod());
        String status = String.valueOf(response.getStatus());
        try {
            Counter counter = COUNTERS.get(route + " " + status);
            if (counter == null) {
                synchronized (COUNTERS) {
                    counter = COUNTERS.computeIfAbsent(route + " " + status, key -> registry.counter(
                            "simulator.requests", new Tag("route", route), new Tag("status", status)));
                }
            }
            counter.inc();
        } catch (RuntimeException notCounted) {
            // a figure is never worth an answer
        }
    }

    private String route(String method) {
        if (resource.getResourceClass() == null || resource.getResourceMethod() == null) {
            return "unmatched";
        }
        return method + " " + template(resource.getResourceClass().getAnnotation(Path.class))
                + template(resource.getResourceMethod().getAnnotation(Path.class));
    }

    private static String template(Path path) {
        if (path == null || path.value().isEmpty() || path.value().equals("/")) {
            return "";
        }
        return path.value().startsWith("/") ? path.value() : "/" + path.value();
    }
}
