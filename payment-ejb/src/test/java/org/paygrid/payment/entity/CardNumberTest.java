package org.paygrid.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

class CardNumberTest {

    @Test
    void masksAllButTheFirstSixAndLastFourDigitsEvenInToString() {
        CardNumber card = CardNumber.parse("4330 1234 5678 9018");
        assertThat(card.masked()).isEqualTo("433012******9018");
        assertThat(card.toString()).isEqualTo(card.masked()).doesNotContain("345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4000000000000002", "4000000000009995", "378282246310005", "4242-4242-4242-4242"})
    void acceptsLuhnValidFifteenAndSixteenDigitNumbers(String number) {
        assertThat(CardNumber.parse(number).digits()).hasSizeBetween(15, 16);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4000000000000001", "1234", "42424242424242424", "abcd000000000000", ""})
    void refusesOtherNumbers(String number) {
        assertThatThrownBy(() -> CardNumber.parse(number)).isInstanceOf(PaygridException.class)
                .extracting(e -> ((PaygridException) e).code()).isEqualTo(ErrorCode.INVALID_CARD_NUMBER);
    }

    @Test
    void cardsAreGoodThroughTheirExpiryMonth() {
        YearMonth now = YearMonth.of(2026, 11);
        assertThat(CardExpiry.of("26", "11", now).month()).isEqualTo(now);
        assertThat(CardExpiry.of("2030", "1", now).month()).isEqualTo(YearMonth.of(2030, 1));
        assertThatThrownBy(() -> CardExpiry.of("26", "10", now)).isInstanceOf(PaygridException.class)
                .extracting(e -> ((PaygridException) e).code()).isEqualTo(ErrorCode.INVALID_CARD_EXPIRATION);
        assertThatThrownBy(() -> CardExpiry.of("26", "13", now)).isInstanceOf(PaygridException.class);
        assertThatThrownBy(() -> CardExpiry.of(null, "1", now)).isInstanceOf(PaygridException.class);
    }
}
