package org.paygrid.billing.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/billing/authorizations/card}: the card to store for one customer. */
@Schema(name = "BillingKeyRequest")
public record BillingKeyRequest(
        @Schema(required = true, example = "customer-1234", description = "Your id of the customer, 2..300 chars of "
                + "[A-Za-z0-9-_=.@]; every charge must repeat it") String customerKey,
        @Schema(required = true, example = "4330123456789018") String cardNumber,
        @Schema(required = true, example = "28") String cardExpirationYear,
        @Schema(required = true, example = "12") String cardExpirationMonth,
        @Schema(description = "Birth date (yyMMdd) or business number; accepted, not stored") String customerIdentityNumber) {

    @Override
    public String toString() {
        return "BillingKeyRequest[customerKey=" + customerKey + "]";
    }
}
