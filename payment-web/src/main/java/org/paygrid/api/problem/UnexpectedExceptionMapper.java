package org.paygrid.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.paygrid.shared.error.DatabaseOutage;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.logging.Log;

/**
 * A bug or an outage. A lost database is a 503 with {@code Retry-After}: the call changed nothing that a retry with
 * the same idempotency key would not find. Anything else is logged with a reference the caller can quote and
 * answered without internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Log LOG = Log.of(UnexpectedExceptionMapper.class);

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Exception e) {
        String path = uri.getRequestUri().getPath();
        if (DatabaseOutage.causes(e)) {
            LOG.warning(() -> "Database unavailable on " + path + ": " + e);
            return Response.fromResponse(Problem.response(ErrorCode.SERVICE_UNAVAILABLE,
                            "The database is unavailable; retry with the same Idempotency-Key", path))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        String reference = java.util.UUID.randomUUID().toString();
        LOG.severe(() -> "Unexpected error " + reference + " on " + path, e);
        return Problem.response(ErrorCode.INTERNAL_ERROR, "Internal error, reference " + reference, path);
    }
}
