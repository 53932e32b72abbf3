package org.paygrid.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.paygrid.shared.error.PaygridException;

/** A business rule's refusal, answered with the rule's own code. */
@Provider
public class PaygridExceptionMapper implements ExceptionMapper<PaygridException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(PaygridException e) {
        return Problem.response(e.code(), e.getMessage(), uri.getRequestUri().getPath());
    }
}
