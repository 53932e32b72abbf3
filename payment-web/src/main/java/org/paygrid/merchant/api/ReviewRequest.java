package org.paygrid.merchant.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/admin/merchants/{id}/review}. */
@Schema(name = "MerchantReviewRequest")
public record ReviewRequest(
        @Schema(required = true, enumeration = {"APPROVE", "REJECT"}) String decision,
        @Schema(example = "All documents verified; site shows terms, privacy, refund policy and support phone",
                maxLength = 1000) String note) {
}
