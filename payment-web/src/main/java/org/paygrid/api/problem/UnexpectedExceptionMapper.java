package org.paygrid.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.paygrid.shared.error.ErrorCode;

/** A bug or an outage: logged with a reference the caller can quote, answered without internals. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Exception e) {
        String reference = java.util.UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + reference + " on " + uri.getRequestUri().getPath(), e);
        return Problem.response(ErrorCode.INTERNAL_ERROR, "Internal error, reference " + reference, uri.getRequestUri().getPath());
    }
}
