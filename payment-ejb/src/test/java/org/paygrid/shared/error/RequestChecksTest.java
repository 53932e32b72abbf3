package org.paygrid.shared.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestChecksTest {

    @Test
    void aPageLimitIs1To100And20WhenAbsent() {
        assertThat(RequestChecks.pageLimit(null)).isEqualTo(20);
        assertThat(RequestChecks.pageLimit(" ")).isEqualTo(20);
        assertThat(RequestChecks.pageLimit("1")).isEqualTo(1);
        assertThat(RequestChecks.pageLimit("100")).isEqualTo(100);
        for (String bad : new String[] {"0", "101", "-1", "ten", "1.5"}) {
            assertThatThrownBy(() -> RequestChecks.pageLimit(bad)).as(bad).isInstanceOf(PaygridException.class)
                    .hasMessageStartingWith("limit:");
        }
    }

    @Test
    void freeTextRefusesAnythingThatLooksLikeACardNumber() {
        for (String text : new String[] {"card 4330123456789018 please", "4330-1234-5678-9018", "4330 1234 5678 9018",
                "refund to 378282246310005", "6011111111111117"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> RequestChecks.requiredText(text, "orderName", 100))
                    .as(text).isInstanceOf(PaygridException.class).hasMessage("orderName: must not contain a card number");
        }
        // Luhn-invalid, too short, too long, or a code field: accepted
        for (String text : new String[] {"4330123456789019", "order 123456789012", "tracking 12345678901234567890123",
                "2 books, 15000 won"}) {
            org.assertj.core.api.Assertions.assertThat(RequestChecks.requiredText(text, "orderName", 100)).isEqualTo(text);
        }
        org.assertj.core.api.Assertions.assertThat(RequestChecks.requiredCode("4330123456789018", "orderId", 64))
                .isEqualTo("4330123456789018");
    }
}
