package org.paygrid.shared.error;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused the request. Rolls the transaction back and reaches the caller unwrapped,
 * so adapters can translate its {@link ErrorCode} to problem+json.
 */
@ApplicationException(rollback = true)
public class PaygridException extends RuntimeException {

    private final ErrorCode code;

    public PaygridException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
