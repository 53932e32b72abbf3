package org.paygrid.webhook.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.paygrid.event.boundary.EventRecorded;

/**
 * How webhooks learn of events: every recorded event, in the transaction that records it, queues one pending
 * delivery per subscribed endpoint, so the event and what is owed for it commit or roll back together.
 */
@ApplicationScoped
public class EventSubscription {

    /**
     * The EJB container's own reference: through {@code @Inject}, Weld's session-bean proxy asked the container for
     * a local object on every call, and the container answered with an exception it then recovered from.
     */
    @EJB
    DeliveryQueue queue;

    void onRecorded(@Observes EventRecorded recorded) {
        queue.enqueue(recorded.event());
    }
}
