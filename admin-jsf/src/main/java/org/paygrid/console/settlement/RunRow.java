package org.paygrid.console.settlement;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.paygrid.settlement.boundary.SettlementRunView;

/** A settlement run as the screens keep it between requests (the boundary's view is not serializable). */
public record RunRow(long runId, LocalDate date, String status, String exitStatus, long transactions,
                     long linesWritten, long payouts, String requestedBy, OffsetDateTime requestedAt,
                     OffsetDateTime startedAt, OffsetDateTime endedAt) implements Serializable {

    static RunRow of(SettlementRunView r) {
        return new RunRow(r.runId(), r.date(), r.status(), r.exitStatus(), r.transactions(), r.linesWritten(),
                r.payouts(), r.requestedBy(), r.requestedAt(), r.startedAt(), r.endedAt());
    }
}
