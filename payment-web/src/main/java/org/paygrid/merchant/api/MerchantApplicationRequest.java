package org.paygrid.merchant.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.merchant.entity.MerchantProfile;

/** {@code POST /v1/admin/merchants}: a shop applying to take payments. The domain checks every field. */
@Schema(name = "MerchantApplication")
public record MerchantApplicationRequest(
        @Schema(example = "Hanbit Books", required = true, maxLength = 100) String name,
        @Schema(example = "123-45-67891", required = true,
                description = "10-digit business registration number (사업자등록번호), dashes optional")
        String businessNumber,
        @Schema(example = "Kim Minji", required = true, maxLength = 50) String representative,
        @Schema(example = "owner@hanbit-books.example", required = true, maxLength = 254) String email,
        @Schema(example = "02-123-4567", maxLength = 20) String phone,
        @Schema(example = "https://hanbit-books.example", maxLength = 500) String websiteUrl) {

    public MerchantProfile toProfile() {
        return MerchantProfile.of(name, businessNumber, representative, email, phone, websiteUrl);
    }
}
