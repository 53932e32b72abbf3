package org.paygrid.settlement.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Contract section 8: one settled transaction. */
@Schema(name = "SettlementLine")
@JsonbPropertyOrder({"paymentKey", "orderId", "transactionKey", "method", "amount", "fee", "vat", "payOutAmount",
        "soldDate", "paidOutDate"})
public record SettlementLineView(String paymentKey, String orderId, String transactionKey, String method, long amount,
                                 long fee, long vat, long payOutAmount, LocalDate soldDate, LocalDate paidOutDate) {
}
