package org.paygrid.housekeeping.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.housekeeping.entity.PurgeRun;
import org.paygrid.shared.time.SeoulTime;

/** One rule's run: rows removed, batches, the longest batch's transaction, and COMPLETED or FAILED. */
@Schema(name = "PurgeRun")
@JsonbPropertyOrder({"startedAt", "finishedAt", "cutoff", "removed", "batches", "longestBatchMs", "outcome", "failure",
        "runBy"})
public record PurgeRunView(OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime cutoff, long removed,
                           int batches, long longestBatchMs,
                           @Schema(enumeration = {"COMPLETED", "FAILED"}) String outcome, String failure,
                           String runBy) {

    static PurgeRunView of(PurgeRun run) {
        return new PurgeRunView(SeoulTime.of(run.startedAt()), SeoulTime.of(run.finishedAt()), SeoulTime.of(run.cutoff()),
                run.removed(), run.batches(), run.longestBatchMs(), run.outcome(), run.failure(), run.runBy());
    }
}
