package org.paygrid.merchant.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What each role may do in a merchant's dashboard (contract section 12). */
class MemberRoleTest {

    @Test
    void theOwnerMayDoEverything() {
        assertThat(MemberPermission.values()).allMatch(MemberRole.OWNER::may);
    }

    @Test
    void aDeveloperHasTheIntegrationButNotTheMoneyNorThePeople() {
        assertThat(MemberRole.DEVELOPER.may(MemberPermission.MANAGE_KEYS)).isTrue();
        assertThat(MemberRole.DEVELOPER.may(MemberPermission.MANAGE_WEBHOOKS)).isTrue();
        assertThat(MemberRole.DEVELOPER.may(MemberPermission.CANCEL_PAYMENTS)).isFalse();
        assertThat(MemberRole.DEVELOPER.may(MemberPermission.VIEW_SETTLEMENTS)).isFalse();
        assertThat(MemberRole.DEVELOPER.may(MemberPermission.MANAGE_MEMBERS)).isFalse();
    }

    @Test
    void anAccountantHasTheMoneyButNeverAKey() {
        assertThat(MemberRole.ACCOUNTANT.may(MemberPermission.VIEW_PAYMENTS)).isTrue();
        assertThat(MemberRole.ACCOUNTANT.may(MemberPermission.VIEW_SETTLEMENTS)).isTrue();
        assertThat(MemberRole.ACCOUNTANT.may(MemberPermission.MANAGE_KEYS)).isFalse();
        assertThat(MemberRole.ACCOUNTANT.may(MemberPermission.MANAGE_WEBHOOKS)).isFalse();
    }

    @Test
    void onlyTheOwnerCancelsOrManagesPeopleOrOnboards() {
        for (MemberPermission ownerOnly : new MemberPermission[] {MemberPermission.CANCEL_PAYMENTS,
                MemberPermission.MANAGE_MEMBERS, MemberPermission.ONBOARDING}) {
            assertThat(Arrays.stream(MemberRole.values()).filter(role -> role.may(ownerOnly)))
                    .containsExactly(MemberRole.OWNER);
        }
    }

    @Test
    void aDeveloperWorksInTestModeOnly() {
        assertThat(MemberRole.DEVELOPER.may(MemberPermission.LIVE_MODE)).isFalse();
        assertThat(MemberRole.ACCOUNTANT.may(MemberPermission.LIVE_MODE)).isTrue();
    }
}
