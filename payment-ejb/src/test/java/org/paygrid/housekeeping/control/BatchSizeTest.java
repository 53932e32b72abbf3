package org.paygrid.housekeeping.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

class BatchSizeTest {

    private final BatchSize size = new BatchSize(40, 20, 20_000);

    @Test
    void growsByHalfWhileBatchesAreQuickUpToItsCeiling() {
        assertThat(size.next(500, 5)).isEqualTo(750);
        assertThat(size.next(19_000, 5)).isEqualTo(20_000);
    }

    @Test
    void shrinksInProportionWhenABatchHeldItsLocksTooLong() {
        assertThat(size.next(1_000, 200)).isEqualTo(160);   // 1000 x 40/200 x 0.8
        assertThat(size.next(30, 10_000)).isEqualTo(20);
    }

    @Test
    void staysWhileBatchesTakeAboutTheTarget() {
        assertThat(size.next(800, 30)).isEqualTo(800);
    }

    @Test
    void theCutoffIsTheStartOfTodayUtcMinusTheRetention() {
        Instant now = Instant.parse("2026-12-07T15:42:10Z");
        assertThat(Purger.cutoff(Period.ofDays(30), now)).isEqualTo(Instant.parse("2026-11-07T00:00:00Z"));
        assertThat(Purger.cutoff(Period.ofMonths(12), now)).isEqualTo(Instant.parse("2025-12-07T00:00:00Z"));
    }
}
