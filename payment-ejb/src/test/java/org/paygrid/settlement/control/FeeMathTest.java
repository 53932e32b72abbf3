package org.paygrid.settlement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.paygrid.settlement.control.FeeMath.Amounts;

class FeeMathTest {

    private static final long CARD = FeeMath.rateInMillionths(new BigDecimal("3.20"));

    @Test
    void worksTheContractsExample() {
        // 15,000 at 3.2%: fee 480, VAT 48, payout 14,472
        assertThat(FeeMath.of(15_000, CARD, 0)).isEqualTo(new Amounts(15_000, 480, 48, 14_472));
    }

    @Test
    void truncatesTheFeeAndRoundsTheVatHalfUp() {
        // 1,234 * 3.2% = 39.488 -> 39; VAT 3.9 -> 4
        assertThat(FeeMath.of(1_234, CARD, 0)).isEqualTo(new Amounts(1_234, 39, 4, 1_191));
        // fee 45 -> VAT 4.5 rounds up to 5; fee 44 -> 4.4 rounds down to 4
        long onePercent = FeeMath.rateInMillionths(new BigDecimal("1"));
        assertThat(FeeMath.of(4_500, onePercent, 0).vat()).isEqualTo(5);
        assertThat(FeeMath.of(4_400, onePercent, 0).vat()).isEqualTo(4);
        assertThat(FeeMath.of(4_599, onePercent, 0).fee()).isEqualTo(45);
    }

    @Test
    void addsTheFixedFeeBeforeTheVat() {
        assertThat(FeeMath.of(10_000, CARD, 100)).isEqualTo(new Amounts(10_000, 420, 42, 9_538));
    }

    @Test
    void aCancelIsTheNegativeOfTheSameComputation() {
        assertThat(FeeMath.of(-1_234, CARD, 0)).isEqualTo(new Amounts(-1_234, -39, -4, -1_191));
        Amounts sale = FeeMath.of(50_000, CARD, 0);
        Amounts cancel = FeeMath.of(-50_000, CARD, 0);
        assertThat(sale.payOut() + cancel.payOut()).isZero();
    }

    @Test
    void handlesTheLargestAmountWithoutOverflow() {
        Amounts largest = FeeMath.of(1_000_000_000_000L, FeeMath.rateInMillionths(new BigDecimal("100")), 0);
        assertThat(largest.fee()).isEqualTo(1_000_000_000_000L);
        assertThat(FeeMath.of(1_000_000_000_000L, CARD, 0).fee()).isEqualTo(32_000_000_000L);
    }

    @Test
    void takesRatesWithAtMostFourDecimals() {
        assertThat(FeeMath.rateInMillionths(new BigDecimal("2.7500"))).isEqualTo(27_500);
        assertThat(FeeMath.rateInMillionths(new BigDecimal("0.0001"))).isEqualTo(1);
        assertThatThrownBy(() -> FeeMath.rateInMillionths(new BigDecimal("0.00001")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeeMath.rateInMillionths(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeeMath.rateInMillionths(new BigDecimal("100.01"))).isInstanceOf(IllegalArgumentException.class);
    }
}
