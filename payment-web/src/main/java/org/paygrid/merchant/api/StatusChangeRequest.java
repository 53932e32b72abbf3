package org.paygrid.merchant.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/admin/merchants/{id}/suspend | reinstate | terminate}: the reason goes to the audit log. */
@Schema(name = "MerchantStatusChangeRequest")
public record StatusChangeRequest(
        @Schema(required = true, example = "Chargeback ratio above 1% for two months", maxLength = 1000)
        String reason) {
}
