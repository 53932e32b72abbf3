package org.paygrid.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.paygrid.event.boundary.EventRecorded;

/**
 * How webhooks learn of events: every recorded event, in the transaction that records it, queues one pending
 * delivery per subscribed endpoint, so the event and what is owed for it commit or roll back together.
 */
@ApplicationScoped
public class EventSubscription {

    @Inject
    DeliveryQueue queue;

    void onRecorded(@Observes EventRecorded recorded) {
        queue.enqueue(recorded.event());
    }
}
