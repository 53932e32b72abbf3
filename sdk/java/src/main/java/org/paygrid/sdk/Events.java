package org.paygrid.sdk;

/**
 * The key's mode's events, oldest first: the same bodies webhooks carry, for polling or for catching up after your
 * receiver was down.
 */
public final class Events {

    private final Transport transport;

    Events(Transport transport) {
        this.transport = transport;
    }

    /** The events after {@code after} (an event id; null: from the first), at most {@code limit} (1..100). */
    public Page<WebhookEvent> list(String after, int limit) {
        return transport.page("/v1/events?limit=" + limit + (after == null ? "" : "&after=" + Transport.encode(after)),
                WebhookEvent.class);
    }

    /** Every event after {@code after}, page after page as the iteration reaches it. */
    public Iterable<WebhookEvent> all(String after) {
        return Page.all(() -> list(after, 100), cursor -> list(cursor, 100));
    }
}
