package org.paygrid.payment.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.payment.entity.RefundRequest;
import org.paygrid.shared.time.SeoulTime;

/** A four-eyes refund request as staff see it: who asked for how much and why, and who decided. */
@Schema(name = "RefundRequest")
@JsonbPropertyOrder({"id", "paymentKey", "merchantId", "amount", "fullRefund", "reason", "status", "requestedBy",
        "requestedAt", "decidedBy", "decidedAt", "decisionNote", "transactionKey"})
public record RefundRequestView(long id, String paymentKey, String merchantId, long amount, boolean fullRefund,
                                String reason,
                                @Schema(enumeration = {"PENDING", "APPROVED", "REJECTED", "FAILED"}) String status,
                                String requestedBy, OffsetDateTime requestedAt, String decidedBy,
                                OffsetDateTime decidedAt, String decisionNote,
                                @Schema(description = "the cancel's transaction key, once approved and executed")
                                String transactionKey) implements Serializable {

    public static RefundRequestView of(RefundRequest r) {
        return new RefundRequestView(r.id(), r.paymentKey(), r.merchantId(), r.amount(), r.fullRefund(), r.reason(),
                r.status().name(), r.requestedBy(), SeoulTime.of(r.requestedAt()), r.decidedBy(),
                SeoulTime.of(r.decidedAt()), r.decisionNote(), r.transactionKey());
    }
}
