package org.paygrid.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the warm-up has run ({@link Warmup}): a load balancer, {@code ./paygrid} and a rolling restart
 * send a starting server its first customers only once its approval path is warm.
 */
@Readiness
@ApplicationScoped
public class WarmupReadiness implements HealthCheck {

    @Inject
    Warmup warmup;

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse("warm-up", warmup.done() ? Status.UP : Status.DOWN, Optional.of(
                Map.of("approvals", (long) warmup.approved(), "planned", (long) warmup.planned())));
    }
}
