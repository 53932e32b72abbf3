package org.paygrid.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paygrid.payment.entity.PaymentStatus.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaymentStatusTest {

    /** The contract's transition list, written out independently of the implementation. */
    private static final Map<PaymentStatus, Set<PaymentStatus>> CONTRACT = Map.of(
            READY, EnumSet.of(IN_PROGRESS, WAITING_FOR_DEPOSIT, EXPIRED),
            IN_PROGRESS, EnumSet.of(DONE, ABORTED, EXPIRED),
            WAITING_FOR_DEPOSIT, EnumSet.of(DONE, EXPIRED),
            DONE, EnumSet.of(PARTIAL_CANCELED, CANCELED),
            PARTIAL_CANCELED, EnumSet.of(PARTIAL_CANCELED, CANCELED),
            CANCELED, EnumSet.noneOf(PaymentStatus.class),
            ABORTED, EnumSet.noneOf(PaymentStatus.class),
            EXPIRED, EnumSet.noneOf(PaymentStatus.class));

    @Test
    void allowsExactlyTheContractsTransitionsForEveryPairOfStates() {
        for (PaymentStatus from : PaymentStatus.values()) {
            for (PaymentStatus to : PaymentStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(CONTRACT.get(from).contains(to));
            }
        }
    }

    @Test
    void onlyApprovedPaymentsAreCancelable() {
        assertThat(EnumSet.allOf(PaymentStatus.class).stream().filter(PaymentStatus::isCancelable))
                .containsExactlyInAnyOrder(DONE, PARTIAL_CANCELED);
    }
}
