package org.paygrid.housekeeping.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rule: its name, how long it keeps (ISO 8601, e.g. P30D), today's cutoff and its last run (null before any). */
@Schema(name = "RetentionRule")
@JsonbPropertyOrder({"rule", "keptFor", "cutoff", "lastRun"})
public record RetentionView(String rule, @Schema(example = "P30D") String keptFor, OffsetDateTime cutoff,
                            PurgeRunView lastRun) {
}
