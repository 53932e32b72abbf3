package org.paygrid.webhook.entity;

import java.util.Set;
import org.paygrid.event.entity.EventType;

/** What an active endpoint wants sent: {@code types} empty means every type that fans out, now and future. */
public record Subscription(String endpointId, Set<EventType> types) {

    public Subscription {
        types = Set.copyOf(types);
    }

    public boolean subscribesTo(EventType type) {
        return type.fansOut() && (types.isEmpty() || types.contains(type));
    }
}
