package org.paygrid.sdk;

/**
 * Paygrid could not be reached, or kept answering 5xx, through every retry. The call may have happened: repeat
 * it with the same idempotency key to learn its outcome without doing it twice.
 */
public class ConnectionException extends PaygridException {

    private final String idempotencyKey;

    public ConnectionException(String message, String idempotencyKey, Throwable cause) {
        super(message, cause);
        this.idempotencyKey = idempotencyKey;
    }

    /** The key the call was sent with (null for a read): send it again with this key. */
    public String idempotencyKey() {
        return idempotencyKey;
    }
}
