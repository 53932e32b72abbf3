package org.paygrid.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardsTest {

    @Test
    void freshCardsAreLuhnValidAndDifferent() {
        String card = Cards.fresh();
        assertThat(card).hasSize(16).startsWith(Cards.BIN);
        assertThat(luhnValid(card)).isTrue();
        assertThat(Cards.fresh()).isNotEqualTo(card);
        assertThat(Cards.checkDigit("433012345678901")).isEqualTo(8);   // the test network's 4330123456789018
    }

    private static boolean luhnValid(String number) {
        int sum = 0;
        for (int i = number.length() - 1, position = 0; i >= 0; i--, position++) {
            int digit = number.charAt(i) - '0';
            if (position % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
