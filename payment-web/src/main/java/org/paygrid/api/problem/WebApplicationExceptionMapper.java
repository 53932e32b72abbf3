package org.paygrid.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.paygrid.shared.error.ErrorCode;

/**
 * Errors raised by the JAX-RS runtime itself (unknown path, wrong method or media type) as problem+json, so that no client mistake ever gets an HTML page or a 5xx.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response problem = Problem.response(codeFor(status), messageFor(e, status), uri.getRequestUri().getPath());
        String retryAfter = e.getResponse().getHeaderString(HttpHeaders.RETRY_AFTER);
        return retryAfter == null ? problem
                : Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, retryAfter).build();
    }

    static ErrorCode codeFor(int status) {
        return switch (status) {
            case 400 -> ErrorCode.INVALID_REQUEST;
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> status < 500 ? ErrorCode.INVALID_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
    }

    private static String messageFor(WebApplicationException e, int status) {
        return switch (status) {
            case 401 -> "Authentication required: send a valid access token or API key";
            case 403 -> "This credential may not perform this call";
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed on this resource";
            case 413 -> "Request bodies are limited to 64 KiB";
            case 415 -> "Send the request body as application/json";
            default -> e.getMessage();
        };
    }
}
