package org.paygrid.merchant.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.merchant.entity.BusinessNumber;
import org.paygrid.merchant.entity.MerchantProfile;

/** {@code POST /v1/admin/merchants}: a shop applying to take payments. */
@Schema(name = "MerchantApplication")
public record MerchantApplicationRequest(
        @Schema(example = "Hanbit Books", required = true) @NotBlank @Size(max = 100) String name,
        @Schema(example = "123-45-67891", required = true, description = "10-digit business registration number")
        @NotBlank String businessNumber,
        @Schema(example = "Kim Minji", required = true) @NotBlank @Size(max = 50) String representative,
        @Schema(example = "owner@hanbit-books.example", required = true) @NotBlank @Email @Size(max = 254) String email,
        @Schema(example = "02-123-4567") @Size(max = 20) @Pattern(regexp = "[0-9+() -]*") String phone,
        @Schema(example = "https://hanbit-books.example") @Size(max = 500) @Pattern(regexp = "https?://\\S+")
        String websiteUrl) {

    public MerchantProfile toProfile() {
        return new MerchantProfile(name.trim(), BusinessNumber.parse(businessNumber.trim()), representative.trim(),
                email.trim(), phone, websiteUrl);
    }
}
