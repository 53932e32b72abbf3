package org.paygrid.settlement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.paygrid.shared.Mode;

class DayTotalsTest {

    private static final LocalDate SOLD = LocalDate.of(2026, 12, 31);
    private static final LocalDate PAID = LocalDate.of(2027, 1, 5);   // D+2 over New Year's Day and a weekend

    @Test
    void sumsLinesPerMerchantModeSoldDateAndPayoutDateWithCancelsNegative() {
        DayTotals totals = new DayTotals();
        DayTotals.Key shop = new DayTotals.Key("mer_a", Mode.TEST, SOLD, PAID);
        DayTotals.Key other = new DayTotals.Key("mer_b", Mode.TEST, SOLD, PAID);
        FeeMath.Amounts sale = FeeMath.of(10_000, 32_000, 0);     // fee 320, VAT 32
        FeeMath.Amounts refund = FeeMath.of(-3_000, 32_000, 0);   // fee -96, VAT -10 (9.6 rounds half up)
        totals.add(shop, sale.amount(), sale.fee(), sale.vat(), sale.payOut());
        totals.add(other, sale.amount(), sale.fee(), sale.vat(), sale.payOut());
        totals.add(shop, refund.amount(), refund.fee(), refund.vat(), refund.payOut());

        assertThat(totals.sums()).containsOnlyKeys(shop, other);
        assertThat(totals.sums().get(shop)).isEqualTo(new DayTotals.Sum(2, 7_000, 224, 22, 6_754));
        assertThat(totals.sums().get(other)).isEqualTo(new DayTotals.Sum(1, 10_000, 320, 32, 9_648));
    }

    @Test
    void theModeAndThePayoutDateSeparateTotals() {
        DayTotals totals = new DayTotals();
        totals.add(new DayTotals.Key("mer_a", Mode.TEST, SOLD, PAID), 1, 0, 0, 1);
        totals.add(new DayTotals.Key("mer_a", Mode.LIVE, SOLD, PAID), 1, 0, 0, 1);
        totals.add(new DayTotals.Key("mer_a", Mode.LIVE, SOLD, PAID.plusDays(1)), 1, 0, 0, 1);
        assertThat(totals.sums()).hasSize(3);
    }

    @Test
    void anOverflowingSumFailsInsteadOfWrapping() {
        DayTotals totals = new DayTotals();
        DayTotals.Key key = new DayTotals.Key("mer_a", Mode.TEST, SOLD, PAID);
        totals.add(key, Long.MAX_VALUE, 0, 0, 0);
        assertThatThrownBy(() -> totals.add(key, 1, 0, 0, 0)).isInstanceOf(ArithmeticException.class);
    }
}
