package org.paygrid.sdk;

/** Anything the SDK could not do; {@link ApiException} when Paygrid answered, {@link ConnectionException} if not. */
public abstract class PaygridException extends RuntimeException {

    protected PaygridException(String message, Throwable cause) {
        super(message, cause);
    }
}
