package org.paygrid.event.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.paygrid.event.entity.Event;
import org.paygrid.event.entity.EventType;
import org.paygrid.shared.Mode;

/** A recorded event as other capabilities see it: what it is about, for whom, and the exact body delivered. */
public record RecordedEvent(long seq, String id, String merchantId, Mode mode, EventType type, String orderingKey,
                            String transactionKey, String body, Instant createdAt) implements Serializable {

    static RecordedEvent of(Event event) {
        return new RecordedEvent(event.seq(), event.id(), event.merchantId(), event.mode(), event.type(),
                event.orderingKey(), event.transactionKey(), event.body(), event.createdAt());
    }
}
