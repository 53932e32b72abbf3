package org.paygrid.webhook.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.paygrid.webhook.entity.AttemptResult;

/** One attempt to deliver an event, as a timeline shows it: when, where to, which try, and what came back. */
public record AttemptSummary(Instant attemptedAt, long deliveryId, String eventType, String url, int attemptNumber,
                             Integer httpStatus, String error, long latencyMs) implements Serializable {

    public boolean delivered() {
        return AttemptResult.delivered(httpStatus);
    }
}
