package org.paygrid.settlement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.settlement.entity.FeePlan;

class FeePlanHistoryTest {

    private static FeePlan.Terms card(String rate, int cycle) {
        return new FeePlan.Terms(Map.of(PaymentMethod.CARD, new BigDecimal(rate),
                PaymentMethod.VIRTUAL_ACCOUNT, BigDecimal.ONE, PaymentMethod.TRANSFER, BigDecimal.ONE,
                PaymentMethod.MOBILE_PHONE, BigDecimal.ONE, PaymentMethod.EASY_PAY, BigDecimal.ONE), 0, cycle);
    }

    @Test
    void aChangeAppliesToTransactionsFromItsTimeOn() {
        Instant change = Instant.parse("2026-11-20T03:00:00Z");
        FeePlanHistory history = new FeePlanHistory(List.of(FeePlanHistory.version(change, card("2.5", 3))));
        assertThat(history.at(change.minusNanos(1000)).rate(PaymentMethod.CARD)).isEqualTo(32_000);
        assertThat(history.at(change.minusNanos(1000)).cycleDays()).isEqualTo(2);
        assertThat(history.at(change).rate(PaymentMethod.CARD)).isEqualTo(25_000);
        assertThat(history.at(change.plusSeconds(86_400)).cycleDays()).isEqualTo(3);
    }
}
