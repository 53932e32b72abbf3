package org.paygrid.merchant.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PUT /v1/admin/merchants/{id}/documents/{kind}}: one item of the review checklist. */
@Schema(name = "MerchantDocumentRequest")
public record DocumentRequest(
        @Schema(required = true, enumeration = {"MISSING", "SUBMITTED", "VERIFIED", "REJECTED"}) String status,
        @Schema(example = "Certificate matches the business number; issued 2026-03-02", maxLength = 1000)
        String note) {
}
