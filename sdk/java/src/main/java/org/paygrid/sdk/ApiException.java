package org.paygrid.sdk;

/**
 * Paygrid refused the call: the problem's HTTP status, its stable {@code code} (contract section 3, e.g.
 * {@code NOT_CANCELABLE_AMOUNT}) and its message. Act on the code, show the message.
 */
public class ApiException extends PaygridException {

    private final int status;
    private final String code;
    private final String requestPath;

    public ApiException(int status, String code, String message, String requestPath) {
        super(status + " " + code + ": " + message, null);
        this.status = status;
        this.code = code;
        this.requestPath = requestPath;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The path of the call that was refused. */
    public String requestPath() {
        return requestPath;
    }
}
