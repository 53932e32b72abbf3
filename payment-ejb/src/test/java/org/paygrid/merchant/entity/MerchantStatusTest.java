package org.paygrid.merchant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paygrid.merchant.entity.MerchantStatus.*;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class MerchantStatusTest {

    @Test
    void followsTheContractLifecycle() {
        assertThat(APPLIED.successors()).containsExactlyInAnyOrder(UNDER_REVIEW, APPROVED, REJECTED, TERMINATED);
        assertThat(UNDER_REVIEW.successors()).containsExactlyInAnyOrder(APPROVED, REJECTED, TERMINATED);
        assertThat(APPROVED.successors()).containsExactlyInAnyOrder(SUSPENDED, TERMINATED);
        assertThat(SUSPENDED.successors()).containsExactlyInAnyOrder(APPROVED, TERMINATED);
        assertThat(REJECTED.successors()).containsExactlyInAnyOrder(UNDER_REVIEW, TERMINATED);
        assertThat(TERMINATED.successors()).isEmpty();
    }

    @Test
    void everyStateButTerminatedCanBeTerminated() {
        EnumSet.complementOf(EnumSet.of(TERMINATED))
                .forEach(status -> assertThat(status.canMoveTo(TERMINATED)).as(status.name()).isTrue());
    }

    @Test
    void onlySuspendedAndTerminatedMerchantsAreBarredFromMovingMoney() {
        assertThat(EnumSet.allOf(MerchantStatus.class).stream().filter(s -> !s.canMoveMoney()))
                .containsExactlyInAnyOrder(SUSPENDED, TERMINATED);
    }
}
