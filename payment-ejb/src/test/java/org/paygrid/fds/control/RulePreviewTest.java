package org.paygrid.fds.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.paygrid.fds.entity.FdsDecision;
import org.paygrid.fds.entity.RuleKind;
import org.paygrid.fds.entity.RuleMode;
import org.paygrid.fds.entity.RuleParams;
import org.paygrid.fds.entity.VelocityKey;
import org.paygrid.shared.Mode;

class RulePreviewTest {

    private static final Instant FROM = Instant.parse("2026-12-05T00:00:00Z");

    private static SeenCharge charge(String merchant, String card, long amount, Instant at) {
        return new SeenCharge(merchant, Mode.LIVE, "CARD", amount, "fp:" + card, "433012", null, null, at);
    }

    private static RulePreview preview(RuleParams params, RuleMode mode) {
        RuleKind kind = params instanceof RuleParams.Velocity ? RuleKind.VELOCITY : RuleKind.AMOUNT;
        return new RulePreview(new EffectiveRule("R", kind, true, mode, params), FROM, n -> "fp:" + n,
                (list, value) -> null);
    }

    @Test
    void anAmountThresholdCountsWhatItWouldHaveSentToReview() {
        RulePreview p = preview(new RuleParams.Amount(100_000, null, FdsDecision.REVIEW), RuleMode.ENFORCE);
        p.replay(charge("m", "1", 99_999, FROM.plusSeconds(1)));
        p.replay(charge("m", "2", 100_000, FROM.plusSeconds(2)));
        p.replay(charge("m", "3", 700_000, FROM.plusSeconds(3)));
        assertThat(p.counted()).isEqualTo(3);
        assertThat(p.figures()).isEqualTo(new RulePreview.Figures(2, 0, 2));
    }

    @Test
    void velocityCountsPerMerchantWithinTheWindowIncludingChargesBeforeThePeriod() {
        RulePreview p = preview(new RuleParams.Velocity(VelocityKey.CARD, 10, 2, FdsDecision.BLOCK), RuleMode.ENFORCE);
        p.replay(charge("m", "1", 1_000, FROM.minus(Duration.ofMinutes(5))));   // before the period: counts, not counted
        p.replay(charge("m", "1", 1_000, FROM.plus(Duration.ofMinutes(1))));
        p.replay(charge("m", "1", 1_000, FROM.plus(Duration.ofMinutes(2))));    // third in ten minutes: blocked
        p.replay(charge("other", "1", 1_000, FROM.plus(Duration.ofMinutes(2))));  // another merchant's counter
        p.replay(charge("m", "1", 1_000, FROM.plus(Duration.ofMinutes(30))));   // the window has passed
        assertThat(p.counted()).isEqualTo(4);
        assertThat(p.figures()).isEqualTo(new RulePreview.Figures(1, 1, 0));
    }

    @Test
    void aShadowSettingFiresButWouldDecideNothing() {
        RulePreview p = preview(new RuleParams.Amount(1_000, null, FdsDecision.BLOCK), RuleMode.SHADOW);
        p.replay(charge("m", "1", 5_000, FROM.plusSeconds(1)));
        assertThat(p.figures()).isEqualTo(new RulePreview.Figures(1, 0, 0));
    }
}
