package org.paygrid.sdk;

/** A webhook request that did not come from Paygrid, or came too late: answer it 400 and do nothing. */
public class WebhookSignatureException extends PaygridException {

    public WebhookSignatureException(String message) {
        super(message, null);
    }
}
