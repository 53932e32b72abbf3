package org.paygrid.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import org.paygrid.shared.retention.OldestFirst;
import org.paygrid.shared.retention.TableRetention;

/**
 * Events are kept 30 days: as long as a merchant can list them ({@code GET /v1/events}) and far past the three
 * days a webhook delivery is retried. The webhook deliveries of an event and their attempts go with it (their
 * foreign keys cascade: the webhook capability declared them so in its tables).
 */
@ApplicationScoped
public class EventRetention extends TableRetention {

    private static final OldestFirst EVENTS = OldestFirst.of("evt_event", "seq", "created_at");

    @Override
    protected OldestFirst records() {
        return EVENTS;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Period keptFor() {
        return Period.ofDays(30);
    }
}
