package org.paygrid.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.paygrid.shared.error.ErrorCode;

/** A body that is not JSON, or JSON of the wrong shape (a string where a number belongs): the client's mistake. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProcessingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return Problem.response(ErrorCode.INVALID_REQUEST, "The request body is not valid JSON for this call: "
                + root.getMessage(), uri.getRequestUri().getPath());
    }
}
