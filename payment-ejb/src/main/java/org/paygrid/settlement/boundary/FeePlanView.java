package org.paygrid.settlement.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.settlement.entity.FeePlan;

/** A fee plan as the API shows it: rates as decimal percent strings, as they were sent. */
@Schema(name = "FeePlan")
@JsonbPropertyOrder({"merchantId", "rates", "fixedFee", "settlementCycleDays", "effectiveFrom", "isDefault"})
public record FeePlanView(String merchantId,
                          @Schema(example = "{\"CARD\": \"3.20\", \"VIRTUAL_ACCOUNT\": \"1.00\"}") Map<String, String> rates,
                          long fixedFee, int settlementCycleDays, OffsetDateTime effectiveFrom, boolean isDefault) {

    static FeePlanView of(String merchantId, FeePlan.Terms terms, OffsetDateTime effectiveFrom, boolean isDefault) {
        Map<String, String> rates = new LinkedHashMap<>();
        for (PaymentMethod method : PaymentMethod.values()) {
            BigDecimal rate = terms.rate(method).stripTrailingZeros();   // "3.20", "2.7525": as precise as it is
            rates.put(method.name(), (rate.scale() < 2 ? rate.setScale(2) : rate).toPlainString());
        }
        return new FeePlanView(merchantId, rates, terms.fixedFee(), terms.settlementCycleDays(), effectiveFrom, isDefault);
    }
}
