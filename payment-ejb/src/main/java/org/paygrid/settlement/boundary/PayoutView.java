package org.paygrid.settlement.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.shared.persistence.SqlTime;

/** Contract section 5: what one merchant receives on one payout date. */
@Schema(name = "Payout")
@JsonbPropertyOrder({"payoutDate", "grossAmount", "feeAmount", "vatAmount", "carriedOver", "payoutAmount", "status"})
public record PayoutView(LocalDate payoutDate, long grossAmount, long feeAmount, long vatAmount,
                         @Schema(description = "negative sums of earlier payouts brought into this one (zero or less)")
                         long carriedOver,
                         long payoutAmount,
                         @Schema(enumeration = {"SCHEDULED", "PAID"}) String status) {

    static PayoutView of(Object[] row) {
        return new PayoutView(SqlTime.date(row[0]), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), ((Number) row[5]).longValue(),
                (String) row[6]);
    }
}
