package org.paygrid.merchant.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.merchant.entity.MerchantMember;
import org.paygrid.shared.time.SeoulTime;

/** A person's place in a merchant's dashboard. */
@Schema(name = "MerchantMember")
public record MemberResponse(
        @Schema(example = "owner@hanbit-books.example") String email,
        @Schema(enumeration = {"OWNER", "DEVELOPER", "ACCOUNTANT"}) String role,
        @Schema(enumeration = {"INVITED", "ACTIVE"}, description = "INVITED until the person signs in to the "
                + "dashboard with this verified address") String status,
        OffsetDateTime invitedAt,
        @Schema(nullable = true) OffsetDateTime joinedAt) {

    static MemberResponse of(MerchantMember member) {
        return new MemberResponse(member.email(), member.role().name(), member.status().name(),
                SeoulTime.of(member.createdAt()),
                member.joinedAt() == null ? null : SeoulTime.of(member.joinedAt()));
    }
}
