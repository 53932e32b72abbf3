package org.paygrid.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

class PaymentAmountsTest {

    @Test
    void vatIsTheTaxablePartDividedByElevenRoundedHalfUp() {
        assertThat(PaymentAmounts.vat(15_000, 0)).isEqualTo(1_364);      // 1363.63 -> 1364
        assertThat(PaymentAmounts.supplied(15_000, 0)).isEqualTo(13_636);
        assertThat(PaymentAmounts.vat(10_000, 4_500)).isEqualTo(500);     // 5500 / 11 = 500 exactly
        assertThat(PaymentAmounts.vat(16, 0)).isEqualTo(1);               // 1.45 -> 1
        assertThat(PaymentAmounts.vat(17, 0)).isEqualTo(2);               // 1.54 -> 2
        assertThat(PaymentAmounts.vat(0, 0)).isZero();
    }

    @Test
    void integerVatAgreesWithBigDecimalHalfUpEverywhereOnASweep() {
        for (long taxable = 0; taxable < 20_000; taxable++) {
            long expected = BigDecimal.valueOf(taxable).divide(BigDecimal.valueOf(11), 0, RoundingMode.HALF_UP).longValue();
            assertThat(PaymentAmounts.vat(taxable, 0)).as("taxable " + taxable).isEqualTo(expected);
        }
        long big = 999_999_999_999L;
        assertThat(PaymentAmounts.vat(big, 0))
                .isEqualTo(BigDecimal.valueOf(big).divide(BigDecimal.valueOf(11), 0, RoundingMode.HALF_UP).longValue());
    }

    @Test
    void amountsMustBeOneToOneTrillion() {
        assertThat(PaymentAmounts.requireValidAmount(1L, "amount")).isEqualTo(1);
        assertThat(PaymentAmounts.requireValidAmount(1_000_000_000_000L, "amount")).isEqualTo(1_000_000_000_000L);
        assertThatThrownBy(() -> PaymentAmounts.requireValidAmount(0L, "amount"))
                .extracting(e -> ((PaygridException) e).code()).isEqualTo(ErrorCode.INVALID_AMOUNT);
        assertThatThrownBy(() -> PaymentAmounts.requireValidAmount(1_000_000_000_001L, "amount"))
                .extracting(e -> ((PaygridException) e).code()).isEqualTo(ErrorCode.INVALID_AMOUNT);
        assertThatThrownBy(() -> PaymentAmounts.requireValidAmount(null, "amount"))
                .extracting(e -> ((PaygridException) e).code()).isEqualTo(ErrorCode.INVALID_REQUEST);
    }
}
