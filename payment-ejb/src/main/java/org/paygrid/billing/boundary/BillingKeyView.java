package org.paygrid.billing.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.billing.entity.BillingKey;
import org.paygrid.shared.time.SeoulTime;

/** A billing key as the merchant sees it: never the card, only its masked number. */
@Schema(name = "BillingKey")
@JsonbPropertyOrder({"billingKey", "customerKey", "mode", "status", "card", "authenticatedAt", "revokedAt"})
public record BillingKeyView(@Schema(example = "bil_Vq3kT8sLm2Wn5YpR7xZc4HbA") String billingKey,
                             @Schema(example = "customer-1234") String customerKey,
                             @Schema(example = "test") String mode,
                             @Schema(enumeration = {"ACTIVE", "REVOKED"}) String status,
                             Card card,
                             OffsetDateTime authenticatedAt,
                             OffsetDateTime revokedAt) {

    public record Card(@Schema(example = "433012******9018") String number) {
    }

    public static BillingKeyView of(BillingKey key) {
        return new BillingKeyView(key.billingKey(), key.customerKey(), key.mode().wireName(),
                key.active() ? "ACTIVE" : "REVOKED", new Card(key.cardNumberMasked()), SeoulTime.of(key.createdAt()),
                SeoulTime.of(key.revokedAt()));
    }
}
