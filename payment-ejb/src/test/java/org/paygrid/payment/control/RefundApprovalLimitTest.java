package org.paygrid.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RefundApprovalLimitTest {

    @Test
    void aRefundUpToTheLimitIsExecutedAtOnceAndAboveItWaitsForApproval() {
        RefundApprovalLimit limit = new RefundApprovalLimit(RefundApprovalLimit.DEFAULT_WON);
        assertThat(limit.needsApproval(999_999)).isFalse();
        assertThat(limit.needsApproval(1_000_000)).isFalse();
        assertThat(limit.needsApproval(1_000_001)).isTrue();
    }

    @Test
    void aZeroLimitSendsEveryRefundForApproval() {
        assertThat(new RefundApprovalLimit(0).needsApproval(1)).isTrue();
    }

    @Test
    void refusesANegativeLimit() {
        assertThatThrownBy(() -> new RefundApprovalLimit(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
