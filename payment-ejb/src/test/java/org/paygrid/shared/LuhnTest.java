package org.paygrid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuhnTest {

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "5500005555555559", "378282246310005"})
    void passesKnownValidNumbers(String number) {
        assertThat(Luhn.passes(number)).isTrue();
    }

    @Test
    void failsANumberWithOneDigitChanged() {
        assertThat(Luhn.passes("4111111111111112")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"411111111111111", "433012000000000", "433012123456789", "37828224631000"})
    void completesAPayloadWithTheOneCheckDigitThatPasses(String payload) {
        String completed = Luhn.completed(payload);
        assertThat(completed).startsWith(payload).hasSize(payload.length() + 1);
        assertThat(Luhn.passes(completed)).isTrue();
        for (char other = '0'; other <= '9'; other++) {
            if (other != completed.charAt(payload.length())) {
                assertThat(Luhn.passes(payload + other)).isFalse();
            }
        }
    }

    @Test
    void refusesToCompleteWhatIsNotDigits() {
        assertThatThrownBy(() -> Luhn.completed("4111-")).isInstanceOf(IllegalArgumentException.class);
    }
}
