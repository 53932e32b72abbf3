package org.paygrid.settlement.boundary;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PUT /v1/admin/merchants/{id}/fee-plan}: methods left out keep their current rate. */
@Schema(name = "FeePlanRequest")
public record FeePlanRequest(
        @Schema(description = "percent per method as decimal strings, at most four decimals",
                example = "{\"CARD\": \"3.20\", \"VIRTUAL_ACCOUNT\": \"1.00\"}") Map<String, String> rates,
        @Schema(example = "0") Long fixedFee,
        @Schema(example = "2", description = "D+N in business days, 1..10") Integer settlementCycleDays) {
}
