package org.paygrid.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RefundApprovalLimitTest {

    private static final RefundApprovalLimit LIMIT =
            new RefundApprovalLimit(RefundApprovalLimit.DEFAULT_WON, RefundApprovalLimit.DEFAULT_DAILY_WON);

    @Test
    void aRefundUpToTheLimitIsMadeAloneAndAboveItWaitsForApproval() {
        assertThat(LIMIT.approvalNeeded(999_999, 0, 0, false)).isEmpty();
        assertThat(LIMIT.approvalNeeded(1_000_000, 0, 0, false)).isEmpty();
        assertThat(LIMIT.approvalNeeded(1_000_001, 0, 0, false)).isPresent();
    }

    @Test
    void theLimitCountsEverythingThePaymentHadRefundedSoASplitRefundNeedsApprovalToo() {
        // three 1,000,000 won refunds of one 3,000,000 won payment: only the first may be made alone
        assertThat(LIMIT.approvalNeeded(1_000_000, 0, 0, false)).isEmpty();
        assertThat(LIMIT.approvalNeeded(1_000_000, 1_000_000, 1_000_000, false)).get().asString()
                .contains("2000000");
        assertThat(LIMIT.approvalNeeded(1, 1_000_000, 0, false)).isPresent();
    }

    @Test
    void aStaffMembersRefundsAloneAreCappedPerDay() {
        assertThat(LIMIT.approvalNeeded(500_000, 0, 4_500_000, false)).isEmpty();
        assertThat(LIMIT.approvalNeeded(500_001, 0, 4_500_000, false)).get().asString().contains("daily");
    }

    @Test
    void aRefundToATypedAccountAlwaysNeedsASecondPerson() {
        assertThat(LIMIT.approvalNeeded(1, 0, 0, true)).get().asString().contains("account");
    }

    @Test
    void aZeroLimitSendsEveryRefundForApproval() {
        assertThat(new RefundApprovalLimit(0, 0).approvalNeeded(1, 0, 0, false)).isPresent();
    }

    @Test
    void refusesANegativeLimit() {
        assertThatThrownBy(() -> new RefundApprovalLimit(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundApprovalLimit(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
