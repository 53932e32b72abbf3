package org.paygrid.api;

import io.github.bucket4j.TimeMeter;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.OptionalLong;
import org.paygrid.api.problem.Problem;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.web.ClientAddress;

/**
 * Rate limits (429 problem+json with {@code Retry-After}): per client address on every request before anything else
 * runs (a key-guessing or card-testing flood is cut off before authentication), and per API key or staff member
 * after authentication ({@link KeyRateLimitFilter}). Behind the TLS proxy the address is the one the proxy saw
 * ({@link ClientAddress}, {@code paygrid.http.trusted-proxies}), so that clients do not share the proxy's bucket. The
 * address buckets are this server's (a flood is cut off before it costs a trip to the grid, and a flood of
 * addresses cannot fill the grid): behind a load balancer across N servers an address gets up to N times the
 * limit, so each server is given its share. The key limit holds across servers ({@link KeyRateLimitFilter}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RateLimitFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest servletRequest;

    private final ClientAddress clients = ClientAddress.trusting(org.eclipse.microprofile.config.ConfigProvider
            .getConfig().getOptionalValue("paygrid.http.trusted-proxies", String.class).orElse(""));

    private final RateLimits byAddress = RateLimits.local(setting("paygrid.ratelimit.address-per-second", 500),
            setting("paygrid.ratelimit.address-burst", 1000), TimeMeter.SYSTEM_NANOTIME);

    @Override
    public void filter(ContainerRequestContext request) {
        String client = clients.of(servletRequest.getRemoteAddr(), request.getHeaderString("X-Forwarded-For"));
        refuseOver(byAddress, "address " + client, request);
    }

    static long setting(String name, long fallback) {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue(name, Long.class)
                .orElse(fallback);
    }

    static void refuseOver(RateLimits limits, String caller, ContainerRequestContext request) {
        OptionalLong wait = limits.take(caller);
        if (wait.isPresent()) {
            Response tooMany = Problem.response(ErrorCode.TOO_MANY_REQUESTS,
                    "Too many requests: slow down and retry after " + wait.getAsLong() + " s",
                    "/v1/" + request.getUriInfo().getPath());
            request.abortWith(Response.fromResponse(tooMany).header("Retry-After", wait.getAsLong()).build());
        }
    }
}
