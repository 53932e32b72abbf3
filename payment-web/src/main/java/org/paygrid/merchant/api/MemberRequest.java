package org.paygrid.merchant.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/admin/merchants/{id}/members}. */
@Schema(name = "MerchantMemberRequest")
public record MemberRequest(
        @Schema(required = true, example = "owner@hanbit-books.example", maxLength = 254) String email,
        @Schema(required = true, enumeration = {"OWNER", "DEVELOPER", "ACCOUNTANT"}) String role) {
}
