package org.paygrid.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.paygrid.shared.error.ErrorCode;

/** An RFC 9457 problem with the contract's two extra members, {@code code} and {@code message}. */
@JsonbPropertyOrder({"type", "title", "status", "code", "message", "instance"})
public record Problem(String type, String title, int status, String code, String message, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(ErrorCode code, String message, String instance) {
        return Response.status(code.httpStatus()).type(MediaType.valueOf(MEDIA_TYPE))
                .entity(of(code, message, instance)).build();
    }

    public static Problem of(ErrorCode code, String message, String instance) {
        Response.Status status = Response.Status.fromStatusCode(code.httpStatus());
        String title = status == null ? code.name() : status.getReasonPhrase();
        return new Problem("https://docs.paygrid.dev/errors#" + code.name(), title, code.httpStatus(), code.name(),
                message, instance);
    }
}
