package org.paygrid.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.PaymentStatus;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

class StaffPaymentFilterTest {

    @Test
    void noFilterMatchesEveryPayment() {
        StaffPaymentFilter any = new StaffPaymentFilter(" ", "", null, null, null, null, null, null, "  ");
        assertThat(any.where()).isEqualTo(" where 1 = 1");
        assertThat(any.parameters()).isEmpty();
    }

    @Test
    void namesEveryGivenConditionWithItsParameter() {
        StaffPaymentFilter filter = new StaffPaymentFilter(" order-1 ", "pay_ab", "mer_1", PaymentStatus.DONE,
                PaymentMethod.CARD, Mode.TEST, null, null, "9018");
        assertThat(filter.where()).isEqualTo(" where 1 = 1 and p.orderId = :orderId"
                + " and p.paymentKey like :keyPrefix escape '\\' and p.merchantId = :merchantId"
                + " and p.status = :status and p.method = :method and p.mode = :mode"
                + " and p.cardNumberMasked like :cardLast4");
        assertThat(filter.parameters()).containsEntry("orderId", "order-1").containsEntry("keyPrefix", "pay\\_ab%")
                .containsEntry("cardLast4", "%9018").containsEntry("status", PaymentStatus.DONE);
    }

    @Test
    void datesAreWholeDaysInSeoulWithTheLastDayIncluded() {
        StaffPaymentFilter filter = new StaffPaymentFilter(null, null, null, null, null, null,
                LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22), null);
        assertThat(filter.where()).endsWith(" and p.requestedAt >= :from and p.requestedAt < :to");
        assertThat(filter.parameters()).containsEntry("from", Instant.parse("2026-11-21T15:00:00Z"))
                .containsEntry("to", Instant.parse("2026-11-22T15:00:00Z"));
    }

    @Test
    void refusesAnythingButFourDigitsForTheCardAndARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new StaffPaymentFilter(null, null, null, null, null, null, null, null,
                "4330123456789018"))
                .extracting(e -> ((PaygridException) e).code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThatThrownBy(() -> new StaffPaymentFilter(null, null, null, null, null, null,
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 22), null))
                .extracting(e -> ((PaygridException) e).code()).isEqualTo(ErrorCode.INVALID_REQUEST);
    }
}
