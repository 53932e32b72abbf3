package org.paygrid.settlement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paygrid.settlement.control.CarryOver.Payout;

class CarryOverTest {

    @Test
    void aNegativeDayPaysNothingAndReducesTheNextPayouts() {
        assertThat(CarryOver.apply(0, List.of(10_000L, -30_000L, 12_000L, 25_000L))).containsExactly(
                new Payout(10_000, 0, 10_000),
                new Payout(-30_000, 0, 0),
                new Payout(12_000, -30_000, 0),
                new Payout(25_000, -18_000, 7_000));
    }

    @Test
    void startsFromWhatEarlierPayoutsCarriedIn() {
        assertThat(CarryOver.apply(-500, List.of(400L, 300L))).containsExactly(
                new Payout(400, -500, 0), new Payout(300, -100, 200));
    }
}
