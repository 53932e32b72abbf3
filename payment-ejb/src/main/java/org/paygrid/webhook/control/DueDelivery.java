package org.paygrid.webhook.control;

/**
 * A claimed delivery with everything its attempt needs, so that no transaction is open while it is sent:
 * the event id (the {@code webhook-id}), the exact body, where to send it and the secret to sign it with.
 */
public record DueDelivery(long deliveryId, String endpointId, String eventId, String url, String secret, String body) {

    @Override
    public String toString() {
        return "DueDelivery[" + deliveryId + ", " + eventId + " -> " + url + "]";   // never the secret
    }
}
