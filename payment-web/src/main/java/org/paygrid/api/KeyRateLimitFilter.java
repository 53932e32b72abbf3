package org.paygrid.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.paygrid.api.security.MerchantPrincipal;

/**
 * The per-caller rate limit, after authentication and before the idempotency filter reads the body: one bucket per
 * API key (a merchant's key of one kind in one mode) or per staff member (see {@link RateLimitFilter}), kept in the
 * data grid so that a key's limit is the same however many servers its calls reach ({@link RateLimitGrid}).
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 50)
public class KeyRateLimitFilter implements ContainerRequestFilter {

    private final RateLimits byKey = RateLimitGrid.keyLimits(
            RateLimitFilter.setting("paygrid.ratelimit.key-per-second", 300),
            RateLimitFilter.setting("paygrid.ratelimit.key-burst", 300));

    @Override
    public void filter(ContainerRequestContext request) {
        var caller = request.getSecurityContext().getUserPrincipal();
        if (caller == null) {
            return;
        }
        String bucket = caller instanceof MerchantPrincipal merchant
                ? "key " + merchant.credential().merchantId() + " " + merchant.credential().mode() + " "
                        + merchant.credential().kind()
                : "staff " + caller.getName();
        RateLimitFilter.refuseOver(byKey, bucket, request);
    }
}
