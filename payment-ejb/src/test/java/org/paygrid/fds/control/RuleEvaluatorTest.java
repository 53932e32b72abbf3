package org.paygrid.fds.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paygrid.fds.boundary.ScreeningFacts;
import org.paygrid.fds.entity.FdsDecision;
import org.paygrid.fds.entity.RuleKind;
import org.paygrid.fds.entity.RuleMode;
import org.paygrid.fds.entity.RuleParams;
import org.paygrid.fds.entity.VelocityKey;
import org.paygrid.shared.Mode;

class RuleEvaluatorTest {

    private static final String CARD = "4330123456789018";
    private static final EffectiveRule SANDBOX_BLOCK = new EffectiveRule("SANDBOX_BLOCK", RuleKind.SANDBOX_CARD, true,
            RuleMode.ENFORCE, new RuleParams.SandboxCard("4100000000000019", FdsDecision.BLOCK));
    private static final EffectiveRule SANDBOX_REVIEW = new EffectiveRule("SANDBOX_REVIEW", RuleKind.SANDBOX_CARD,
            true, RuleMode.ENFORCE, new RuleParams.SandboxCard("4000000000004954", FdsDecision.REVIEW));
    private static final EffectiveRule CARD_VELOCITY = new EffectiveRule("CARD_VELOCITY", RuleKind.VELOCITY, true,
            RuleMode.ENFORCE, new RuleParams.Velocity(VelocityKey.CARD, 10, 5, FdsDecision.BLOCK));
    private static final EffectiveRule AMOUNT_REVIEW = new EffectiveRule("AMOUNT_REVIEW", RuleKind.AMOUNT, true,
            RuleMode.ENFORCE, new RuleParams.Amount(5_000_000, null, FdsDecision.REVIEW));
    private static final List<EffectiveRule> DEFAULTS = List.of(AMOUNT_REVIEW, CARD_VELOCITY, SANDBOX_BLOCK,
            SANDBOX_REVIEW);

    private final List<String> counted = new ArrayList<>();

    private RuleEvaluator.Evaluation evaluate(List<EffectiveRule> rules, String card, long amount, long attempts) {
        ScreeningFacts facts = new ScreeningFacts("pay_1", "mer_1", Mode.TEST, "CARD", amount, card, null, null,
                Instant.parse("2026-12-06T00:00:00Z"));
        return RuleEvaluator.evaluate(rules, facts, card == null ? null : "fp:" + card, number -> "fp:" + number,
                (ruleId, key, value, params) -> {
                    counted.add(ruleId + "/" + key + "/" + value);
                    return attempts;
                });
    }

    @Test
    void anOrdinaryPaymentIsAllowedAndCounted() {
        RuleEvaluator.Evaluation e = evaluate(DEFAULTS, CARD, 15_000, 1);
        assertThat(e.decision()).isEqualTo(FdsDecision.ALLOW);
        assertThat(e.fired()).isEmpty();
        assertThat(counted).containsExactly("CARD_VELOCITY/CARD/fp:" + CARD);
    }

    @Test
    void theSandboxCardsBlockAndReview() {
        assertThat(evaluate(DEFAULTS, "4100000000000019", 1_000, 1).decision()).isEqualTo(FdsDecision.BLOCK);
        RuleEvaluator.Evaluation review = evaluate(DEFAULTS, "4000000000004954", 1_000, 1);
        assertThat(review.decision()).isEqualTo(FdsDecision.REVIEW);
        assertThat(review.enforcedRules()).containsExactly("SANDBOX_REVIEW");
    }

    @Test
    void theSixthAttemptWithinTheWindowIsBlocked() {
        assertThat(evaluate(DEFAULTS, CARD, 1_000, 5).decision()).isEqualTo(FdsDecision.ALLOW);
        RuleEvaluator.Evaluation sixth = evaluate(DEFAULTS, CARD, 1_000, 6);
        assertThat(sixth.decision()).isEqualTo(FdsDecision.BLOCK);
        assertThat(sixth.firedJson()).contains("\"attempts\":6").contains("\"maxAttempts\":5");
    }

    @Test
    void theStrongestEnforcedDecisionWins() {
        RuleEvaluator.Evaluation both = evaluate(DEFAULTS, CARD, 5_000_000, 6);
        assertThat(both.decision()).isEqualTo(FdsDecision.BLOCK);
        assertThat(both.enforcedRules()).containsExactly("AMOUNT_REVIEW", "CARD_VELOCITY");
        assertThat(evaluate(DEFAULTS, CARD, 4_999_999, 1).decision()).isEqualTo(FdsDecision.ALLOW);
    }

    @Test
    void aShadowRuleIsRecordedButDecidesNothing() {
        EffectiveRule shadow = new EffectiveRule("AMOUNT_REVIEW", RuleKind.AMOUNT, true, RuleMode.SHADOW,
                new RuleParams.Amount(1_000, null, FdsDecision.BLOCK));
        RuleEvaluator.Evaluation e = evaluate(List.of(shadow), CARD, 50_000, 1);
        assertThat(e.decision()).isEqualTo(FdsDecision.ALLOW);
        assertThat(e.enforcedRules()).isEmpty();
        assertThat(e.firedJson()).contains("\"mode\":\"SHADOW\"").contains("\"amount\":50000");
    }

    @Test
    void aDisabledRuleIsNotEvenCounted() {
        EffectiveRule off = new EffectiveRule("CARD_VELOCITY", RuleKind.VELOCITY, false, RuleMode.ENFORCE,
                new RuleParams.Velocity(VelocityKey.CARD, 10, 5, FdsDecision.BLOCK));
        assertThat(evaluate(List.of(off), CARD, 1_000, 99).decision()).isEqualTo(FdsDecision.ALLOW);
        assertThat(counted).isEmpty();
    }

    @Test
    void withoutACardTheCardRulesDoNotApply() {
        assertThat(evaluate(DEFAULTS, null, 1_000, 99).decision()).isEqualTo(FdsDecision.ALLOW);
        assertThat(counted).isEmpty();
    }

    @Test
    void anAmountRuleOfOneMethodLeavesOthersAlone() {
        EffectiveRule transfers = new EffectiveRule("BIG_TRANSFER", RuleKind.AMOUNT, true, RuleMode.ENFORCE,
                new RuleParams.Amount(1_000, "TRANSFER", FdsDecision.REVIEW));
        assertThat(evaluate(List.of(transfers), CARD, 50_000, 1).decision()).isEqualTo(FdsDecision.ALLOW);
    }
}
