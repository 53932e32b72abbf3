package org.paygrid.fds.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paygrid.fds.entity.FdsDecision;
import org.paygrid.fds.entity.ListKind;
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
    private final java.util.Map<String, Long> listed = new java.util.HashMap<>();

    private RuleEvaluator.Evaluation evaluate(List<EffectiveRule> rules, String card, long amount, long attempts) {
        SeenCharge charge = new SeenCharge("mer_1", Mode.TEST, "CARD", amount, card == null ? null : "fp:" + card,
                card == null ? null : card.substring(0, 6), "Buyer@Example.com", "203.0.113.9",
                Instant.parse("2026-12-06T00:00:00Z"));
        return RuleEvaluator.evaluate(rules, charge, number -> "fp:" + number,
                (ruleId, key, value, params) -> {
                    counted.add(ruleId + "/" + key + "/" + value);
                    return attempts;
                }, (list, value) -> listed.get(list + "|" + value));
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

    @Test
    void aListedCardBinEmailOrAddressIsBlockedByItsListsRule() {
        List<EffectiveRule> lists = java.util.Arrays.stream(ListKind.values())
                .map(list -> new EffectiveRule("BLOCKED_" + list, RuleKind.LIST, true, RuleMode.ENFORCE,
                        new RuleParams.Listed(list, FdsDecision.BLOCK))).toList();
        assertThat(evaluate(lists, CARD, 1_000, 1).decision()).isEqualTo(FdsDecision.ALLOW);

        listed.put("EMAIL|buyer@example.com", 7L);
        RuleEvaluator.Evaluation email = evaluate(lists, CARD, 1_000, 1);
        assertThat(email.decision()).isEqualTo(FdsDecision.BLOCK);
        assertThat(email.enforcedRules()).containsExactly("BLOCKED_EMAIL");
        assertThat(email.firedJson()).contains("\"list\":\"EMAIL\"").contains("\"entry\":7");

        listed.clear();
        listed.put("BIN|433012", 8L);
        assertThat(evaluate(lists, CARD, 1_000, 1).enforcedRules()).containsExactly("BLOCKED_BIN");
        listed.clear();
        listed.put("CARD|fp:" + CARD, 9L);
        listed.put("IP|203.0.113.9", 10L);
        assertThat(evaluate(lists, CARD, 1_000, 1).enforcedRules()).containsExactly("BLOCKED_CARD", "BLOCKED_IP");
    }

    @Test
    void aCardTestingRuleCountsOnlySmallPaymentsAtTheMerchant() {
        EffectiveRule cardTesting = new EffectiveRule("CARD_TESTING", RuleKind.VELOCITY, true, RuleMode.ENFORCE,
                new RuleParams.Velocity(VelocityKey.MERCHANT, 10, 20, 1_000L, FdsDecision.BLOCK));
        assertThat(evaluate(List.of(cardTesting), CARD, 15_000, 99).decision()).isEqualTo(FdsDecision.ALLOW);
        assertThat(counted).as("a larger payment is not counted").isEmpty();
        assertThat(evaluate(List.of(cardTesting), CARD, 100, 20).decision()).isEqualTo(FdsDecision.ALLOW);
        RuleEvaluator.Evaluation twentyFirst = evaluate(List.of(cardTesting), CARD, 100, 21);
        assertThat(twentyFirst.decision()).isEqualTo(FdsDecision.BLOCK);
        assertThat(twentyFirst.firedJson()).contains("\"maxAmount\":1000");
        assertThat(counted).containsOnly("CARD_TESTING/MERCHANT/mer_1");
    }
}
