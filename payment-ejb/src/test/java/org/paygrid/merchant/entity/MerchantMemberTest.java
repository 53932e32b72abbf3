package org.paygrid.merchant.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MerchantMemberTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void anInvitationLinkWorksForSevenDaysAfterItWasMailed() {
        MerchantMember invited = MerchantMember.invited("mer_1", "Dev@Shop.example", MemberRole.DEVELOPER,
                "member:owner@shop.example", NOW);
        assertThat(invited.email()).isEqualTo("dev@shop.example");
        assertThat(invited.invitationOpen(NOW)).isFalse();   // no link until the mail goes out
        invited.invitationMailed("a".repeat(64), NOW);
        assertThat(invited.invitationOpen(NOW.plus(MerchantMember.INVITATION_VALIDITY).minusSeconds(1))).isTrue();
        assertThat(invited.invitationOpen(NOW.plus(MerchantMember.INVITATION_VALIDITY))).isFalse();
    }

    @Test
    void joiningOrRemovalEndsTheLink() {
        MerchantMember joined = MerchantMember.invited("mer_1", "dev@shop.example", MemberRole.DEVELOPER, "x", NOW);
        joined.invitationMailed("a".repeat(64), NOW);
        joined.join("subject-1", NOW);
        assertThat(joined.invitationOpen(NOW)).isFalse();
        assertThat(joined.status()).isEqualTo(MemberStatus.ACTIVE);

        MerchantMember withdrawn = MerchantMember.invited("mer_1", "acc@shop.example", MemberRole.ACCOUNTANT, "x", NOW);
        withdrawn.invitationMailed("b".repeat(64), NOW);
        withdrawn.remove(NOW);
        assertThat(withdrawn.invitationOpen(NOW)).isFalse();
    }

    @Test
    void onlyAnActiveOwnerCountsAsAnOwner() {
        MerchantMember founder = MerchantMember.founder("mer_1", "owner@shop.example", "subject-1", NOW);
        MerchantMember invitedOwner = MerchantMember.invited("mer_1", "co@shop.example", MemberRole.OWNER, "x", NOW);
        assertThat(founder.activeOwner()).isTrue();
        assertThat(invitedOwner.activeOwner()).isFalse();
        founder.changeRole(MemberRole.ACCOUNTANT);
        assertThat(founder.activeOwner()).isFalse();
    }
}
