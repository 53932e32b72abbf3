package org.paygrid.fds.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paygrid.fds.boundary.ScreeningFacts;
import org.paygrid.fds.entity.FdsDecision;
import org.paygrid.fds.entity.RuleMode;
import org.paygrid.fds.entity.RuleParams;
import org.paygrid.fds.entity.VelocityKey;

/**
 * The rules applied to one charge. Pure: the card's fingerprint and the velocity counts come from outside, so the
 * rules themselves are tested without a database. The enforced decision is the strongest of the enforced rules that
 * fired; shadow rules are evaluated and recorded the same way but decide nothing.
 */
public final class RuleEvaluator {

    /** Counts this attempt against a velocity rule and answers the attempts in its window, this one included. */
    @FunctionalInterface
    public interface VelocityCounter {
        long attempts(String ruleId, VelocityKey key, String value, RuleParams.Velocity params);
    }

    /** One rule that fired, with what it saw. */
    public record Fired(String ruleId, RuleMode mode, FdsDecision decision, Map<String, Object> inputs) {
    }

    public record Evaluation(FdsDecision decision, List<Fired> fired) {

        /** The enforced rules that fired, in rule order: what the payment names. */
        public List<String> enforcedRules() {
            return fired.stream().filter(f -> f.mode() == RuleMode.ENFORCE).map(Fired::ruleId).toList();
        }

        /** Every rule that fired (shadow ones too) with its inputs, as stored with the screening. */
        public String firedJson() {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (Fired f : fired) {
                JsonObjectBuilder inputs = Json.createObjectBuilder();
                f.inputs().forEach((name, value) -> {
                    if (value instanceof Number n) {
                        inputs.add(name, n.longValue());
                    } else {
                        inputs.add(name, String.valueOf(value));
                    }
                });
                array.add(Json.createObjectBuilder().add("ruleId", f.ruleId()).add("mode", f.mode().name())
                        .add("decision", f.decision().name()).add("inputs", inputs));
            }
            return array.build().toString();
        }
    }

    private RuleEvaluator() {
    }

    /**
     * @param fingerprint the card's fingerprint (null without a card)
     * @param fingerprintOf the fingerprint of another card number (the sandbox rules' cards)
     */
    public static Evaluation evaluate(List<EffectiveRule> rules, ScreeningFacts facts, String fingerprint,
                                      java.util.function.UnaryOperator<String> fingerprintOf, VelocityCounter counter) {
        FdsDecision decision = FdsDecision.ALLOW;
        List<Fired> fired = new ArrayList<>();
        for (EffectiveRule rule : rules) {
            if (!rule.enabled()) {
                continue;
            }
            Map<String, Object> inputs = inputsIfFired(rule, facts, fingerprint, fingerprintOf, counter);
            if (inputs != null) {
                fired.add(new Fired(rule.ruleId(), rule.mode(), rule.params().decision(), inputs));
                if (rule.mode() == RuleMode.ENFORCE) {
                    decision = decision.strongest(rule.params().decision());
                }
            }
        }
        return new Evaluation(decision, List.copyOf(fired));
    }

    /** What the rule saw when it fires, or null when it does not. */
    private static Map<String, Object> inputsIfFired(EffectiveRule rule, ScreeningFacts facts, String fingerprint,
                                                     java.util.function.UnaryOperator<String> fingerprintOf,
                                                     VelocityCounter counter) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        RuleParams params = rule.params();
        if (params instanceof RuleParams.SandboxCard sandbox) {
            if (fingerprint == null || !fingerprint.equals(fingerprintOf.apply(sandbox.cardNumber()))) {
                return null;
            }
            inputs.put("cardBin", facts.bin());
        } else if (params instanceof RuleParams.Amount amount) {
            if (facts.amount() < amount.minAmount()
                    || amount.method() != null && !amount.method().equals(facts.method())) {
                return null;
            }
            inputs.put("amount", facts.amount());
            inputs.put("minAmount", amount.minAmount());
        } else if (params instanceof RuleParams.Velocity velocity) {
            String value = switch (velocity.key()) {
                case CARD -> fingerprint;
                case EMAIL -> facts.customerEmail() == null ? null
                        : facts.customerEmail().toLowerCase(java.util.Locale.ROOT);
                case IP -> facts.customerIp();
                case MERCHANT -> facts.merchantId();
            };
            if (value == null) {
                return null;
            }
            long attempts = counter.attempts(rule.ruleId(), velocity.key(), value, velocity);
            if (attempts <= velocity.maxAttempts()) {
                return null;
            }
            inputs.put("attempts", attempts);
            inputs.put("maxAttempts", velocity.maxAttempts());
            inputs.put("windowMinutes", velocity.windowMinutes());
            inputs.put("key", velocity.key().name());
        }
        return inputs;
    }
}
