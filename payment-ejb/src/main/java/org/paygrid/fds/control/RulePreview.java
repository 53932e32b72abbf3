package org.paygrid.fds.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.paygrid.fds.entity.FdsDecision;
import org.paygrid.fds.entity.RuleParams;

/**
 * What one rule would have done to past charges: the charges are replayed, oldest first, through the same evaluator
 * the screen runs, with velocity counted in memory from the replayed charges themselves (every screened charge was
 * one counted attempt). Charges before {@code from} only feed the velocity windows; the figures count the rest.
 */
public final class RulePreview {

    /** How many charges the rule fired on, and how many of those it would have blocked or sent to review. */
    public record Figures(long fired, long blocked, long reviewed) implements java.io.Serializable {
    }

    private final EffectiveRule rule;
    private final Instant from;
    private final UnaryOperator<String> fingerprintOf;
    private final RuleEvaluator.ListLookup lists;
    private final Map<String, Deque<Instant>> attempts = new HashMap<>();
    private long counted;
    private long fired;
    private long blocked;
    private long reviewed;

    public RulePreview(EffectiveRule rule, Instant from, UnaryOperator<String> fingerprintOf,
                       RuleEvaluator.ListLookup lists) {
        this.rule = rule;
        this.from = from;
        this.fingerprintOf = fingerprintOf;
        this.lists = lists;
    }

    /** Replays the next charge (charges come oldest first). */
    public void replay(SeenCharge charge) {
        RuleEvaluator.Evaluation evaluation = RuleEvaluator.evaluate(List.of(rule), charge, fingerprintOf,
                (ruleId, key, value, params) -> countAttempt(charge, value, params), lists);
        if (charge.at().isBefore(from)) {
            return;
        }
        counted++;
        if (!evaluation.fired().isEmpty()) {
            fired++;
        }
        if (evaluation.decision() == FdsDecision.BLOCK) {
            blocked++;
        } else if (evaluation.decision() == FdsDecision.REVIEW) {
            reviewed++;
        }
    }

    /** The charges from {@code from} on that were replayed. */
    public long counted() {
        return counted;
    }

    public Figures figures() {
        return new Figures(fired, blocked, reviewed);
    }

    /** The longest a velocity window reaches back before {@code from}, so that the first charges count right. */
    public static Duration lookBehind(EffectiveRule rule) {
        return rule.params() instanceof RuleParams.Velocity v ? Duration.ofMinutes(v.windowMinutes()) : Duration.ZERO;
    }

    private long countAttempt(SeenCharge charge, String value, RuleParams.Velocity params) {
        Deque<Instant> window = attempts.computeIfAbsent(charge.merchantId() + "|" + charge.mode() + "|" + value,
                k -> new ArrayDeque<>());
        window.addLast(charge.at());
        Instant since = charge.at().minus(Duration.ofMinutes(params.windowMinutes()));
        while (!window.getFirst().isAfter(since)) {
            window.removeFirst();
        }
        return window.size();
    }
}
