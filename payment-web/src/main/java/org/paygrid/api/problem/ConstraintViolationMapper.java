package org.paygrid.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.paygrid.shared.error.ErrorCode;

/** Bean Validation failures on a request: 400 INVALID_REQUEST naming each offending field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        String message = e.getConstraintViolations().stream()
                .map(v -> fieldOf(v) + ": " + v.getMessage())
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("; "));
        return Problem.response(ErrorCode.INVALID_REQUEST, message, uri.getPath());
    }

    /** The last node of {@code create.request.email} is the JSON field the client sent: {@code email}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .reduce((first, second) -> second)
                .map(Path.Node::getName)
                .map(name -> name.startsWith("arg") || name.equals("request") ? "body" : name)
                .orElse("body");
    }
}
