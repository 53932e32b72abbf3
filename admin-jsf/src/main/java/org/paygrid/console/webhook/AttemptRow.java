package org.paygrid.console.webhook;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.paygrid.shared.time.SeoulTime;
import org.paygrid.webhook.entity.DeliveryAttempt;

/** One try at a delivery: the endpoint's HTTP answer (or the error), how long it took, what it said. */
public record AttemptRow(int number, OffsetDateTime attemptedAt, Integer httpStatus, String error, long latencyMs,
                         String responseExcerpt, String sentBy) implements Serializable {

    static AttemptRow of(DeliveryAttempt a) {
        return new AttemptRow(a.attemptNumber(), SeoulTime.of(a.attemptedAt()), a.httpStatus(), a.error(),
                a.latencyMs(), a.responseExcerpt(), a.sentBy());
    }
}
