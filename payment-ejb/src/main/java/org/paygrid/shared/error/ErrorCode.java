package org.paygrid.shared.error;

/**
 * The stable error codes of the public contract (and the ones the server adds and documents).
 * Each code carries the HTTP status it answers with, so every adapter reports a rule's failure the same way.
 */
public enum ErrorCode {
    INVALID_REQUEST(400),
    INVALID_BUSINESS_NUMBER(400),
    UNAUTHORIZED_KEY(401),
    UNAUTHORIZED(401),
    FORBIDDEN_KEY(403),
    FORBIDDEN(403),
    NOT_FOUND(404),
    NOT_FOUND_MERCHANT(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    DUPLICATED_BUSINESS_NUMBER(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    SERVICE_UNAVAILABLE(503),
    INTERNAL_ERROR(500);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
