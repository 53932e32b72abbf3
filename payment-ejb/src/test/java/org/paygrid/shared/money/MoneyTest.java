package org.paygrid.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void addsAndSubtractsInMinorUnits() {
        assertThat(Money.won(15_000).plus(Money.won(500)).minus(Money.won(1))).isEqualTo(Money.won(15_499));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.won(1).plus(Money.of(1, "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("currency mismatch");
    }

    @Test
    void overflowsLoudlyInsteadOfWrapping() {
        assertThatThrownBy(() -> Money.won(Long.MAX_VALUE).plus(Money.won(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparesAndKnowsItsSign() {
        assertThat(Money.won(-3).isNegative()).isTrue();
        assertThat(Money.won(3).negate()).isEqualTo(Money.won(-3));
        assertThat(Money.won(2)).isGreaterThan(Money.won(1));
        assertThat(Money.zero(Money.KRW).isPositive()).isFalse();
    }
}
