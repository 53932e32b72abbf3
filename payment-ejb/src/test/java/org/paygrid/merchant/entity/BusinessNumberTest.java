package org.paygrid.merchant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

class BusinessNumberTest {

    @Test
    void computesTheNationalTaxServiceCheckDigit() {
        // 1*1+2*3+3*7+4*1+5*3+6*7+7*1+8*3+9*5 = 165, + (9*5)/10 = 4 -> 169 -> (10 - 9) % 10 = 1
        assertThat(BusinessNumber.checkDigit("1234567890")).isEqualTo(1);
        assertThat(BusinessNumber.parse("123-45-67891").digits()).isEqualTo("1234567891");
    }

    @Test
    void acceptsDigitsWithOrWithoutDashesAndFormatsThem() {
        assertThat(BusinessNumber.parse("1234567891").formatted()).isEqualTo("123-45-67891");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123-45-67890", "12345", "abc-de-fghij", "123-45-678911", ""})
    void refusesWrongCheckDigitsAndShapes(String text) {
        assertThatThrownBy(() -> BusinessNumber.parse(text))
                .isInstanceOf(PaygridException.class)
                .extracting(e -> ((PaygridException) e).code())
                .isEqualTo(ErrorCode.INVALID_BUSINESS_NUMBER);
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> BusinessNumber.parse(null)).isInstanceOf(PaygridException.class);
    }

    @Test
    void randomNumbersAreValidAndVary() {
        java.util.Random random = new java.util.Random(7);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            String number = BusinessNumber.random(random).formatted();
            assertThat(BusinessNumber.parse(number).formatted()).isEqualTo(number);
            seen.add(number);
        }
        assertThat(seen).hasSizeGreaterThan(190);
    }
}
