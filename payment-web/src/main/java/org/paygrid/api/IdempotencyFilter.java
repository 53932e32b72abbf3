package org.paygrid.api;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.paygrid.api.problem.Problem;
import org.paygrid.api.security.MerchantPrincipal;
import org.paygrid.idempotency.boundary.IdempotencyKeys;
import org.paygrid.idempotency.boundary.IdempotencyKeys.Claim;
import org.paygrid.shared.crypto.Sha256;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.metrics.Meters;
import org.paygrid.shared.logging.Log;

/**
 * {@code Idempotency-Key} on every POST (contract section 6). After authentication, the key is claimed for the
 * caller (merchant and mode, or staff) with a hash of the request; the response the first request produced, error
 * or not, is stored as written and sent again, byte for byte, to every later request with the same key and body.
 * One answer is not stored: a 503, which says the request could not be completed (the database was lost); its key
 * is released so that the caller's retry runs, and resumes whatever the first request had already done.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final String STATUS = IdempotencyFilter.class.getName() + ".status";

    private static final Log LOG = Log.of(IdempotencyFilter.class);

    /** {@code paygrid_idempotency_conflicts_total{kind}}: a key seen again (replayed), still running, or reused. */
    private static final String CONFLICTS = "paygrid.idempotency.conflicts";

    @EJB
    IdempotencyKeys keys;

    @Inject
    Meters meters;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod())) {
            return;
        }
        String instance = "/v1/" + request.getUriInfo().getPath();
        if (key.isEmpty() || key.length() > 300) {
            request.abortWith(Problem.response(ErrorCode.INVALID_REQUEST, HEADER + ": must be 1..300 characters", instance));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        Scoped scoped = new Scoped(scopeOf(request), key);
        Claim claim = keys.claim(scoped.scope(), key, hash(request.getMethod() + " " + instance, body));
        if (claim instanceof Claim.Replay replay) {
            meters.count(CONFLICTS, "kind", "replayed");
            request.abortWith(Response.status(replay.status()).type(replay.contentType()).entity(replay.body())
                    .header("Idempotent-Replayed", "true").build());
        } else if (claim instanceof Claim.InFlight) {
            meters.count(CONFLICTS, "kind", "in-flight");
            request.abortWith(Problem.response(ErrorCode.IDEMPOTENT_REQUEST_PROCESSING,
                    "A request with this Idempotency-Key is still being processed", instance));
        } else if (claim instanceof Claim.Mismatch) {
            meters.count(CONFLICTS, "kind", "reused-with-another-request");
            request.abortWith(Problem.response(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used with a different request", instance));
        } else {
            request.setProperty(CLAIMED, scoped);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Scoped scoped)) {
            return;
        }
        if (response.getStatus() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            release(scoped);
        } else if (response.hasEntity()) {
            request.setProperty(STATUS, response.getStatus());
        } else {
            keys.complete(scoped.scope(), scoped.key(), response.getStatus(), null, new byte[0]);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(CLAIMED) instanceof Scoped scoped) || context.getProperty(STATUS) == null) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        context.setOutputStream(written);
        context.proceed();
        byte[] body = written.toByteArray();
        keys.complete(scoped.scope(), scoped.key(), (Integer) context.getProperty(STATUS),
                context.getMediaType() == null ? null : context.getMediaType().toString(), body);
        original.write(body);
    }

    private void release(Scoped scoped) {
        try {
            keys.release(scoped.scope(), scoped.key());
        } catch (RuntimeException stillDown) {
            // the claim stays in flight: a retry may take it over once it counts as abandoned
            LOG.warning(() -> "Idempotency-Key not released after a 503: " + stillDown);
        }
    }

    private static String scopeOf(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof MerchantPrincipal merchant) {
            return merchant.credential().merchantId() + ":" + merchant.credential().mode().wireName();
        }
        return "staff:" + request.getSecurityContext().getUserPrincipal().getName();
    }

    private static String hash(String target, byte[] body) {
        return Sha256.hex(target.getBytes(StandardCharsets.UTF_8), new byte[] {0}, body);
    }

    private record Scoped(String scope, String key) {
    }
}
