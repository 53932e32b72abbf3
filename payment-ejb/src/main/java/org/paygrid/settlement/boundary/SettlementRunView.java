package org.paygrid.settlement.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A settlement run as staff see it: the batch status (Jakarta Batch's BatchStatus names), counts, timings. */
@Schema(name = "SettlementRun")
@JsonbPropertyOrder({"runId", "date", "status", "exitStatus", "transactions", "linesWritten", "payouts", "requestedBy",
        "requestedAt", "startedAt", "endedAt"})
public record SettlementRunView(long runId, LocalDate date,
                                @Schema(enumeration = {"STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED",
                                        "COMPLETED", "ABANDONED"}) String status,
                                String exitStatus, long transactions, long linesWritten, long payouts,
                                String requestedBy, OffsetDateTime requestedAt, OffsetDateTime startedAt,
                                OffsetDateTime endedAt) {
}
