package org.paygrid.fds.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.paygrid.fds.entity.FdsDecision;
import org.paygrid.fds.entity.ListKind;
import org.paygrid.fds.entity.RuleMode;
import org.paygrid.fds.entity.RuleParams;
import org.paygrid.fds.entity.VelocityKey;
import org.paygrid.shared.json.JsonObjects;

/**
 * The rules applied to one charge. Pure: the velocity counts and the block lists come from outside, so the rules
 * themselves are tested without a database, and the preview of a rule change replays stored charges through them. The enforced decision is the strongest of the enforced rules that
 * fired; shadow rules are evaluated and recorded the same way but decide nothing.
 */
public final class RuleEvaluator {

    /** Counts this attempt against a velocity rule and answers the attempts in its window, this one included. */
    @FunctionalInterface
    public interface VelocityCounter {
        long attempts(String ruleId, VelocityKey key, String value, RuleParams.Velocity params);
    }

    /** The entry of a block list that holds {@code value}, or null. */
    @FunctionalInterface
    public interface ListLookup {
        Long entryHolding(ListKind list, String value);
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
            JsonArrayBuilder array = JsonObjects.arrayBuilder();
            for (Fired f : fired) {
                JsonObjectBuilder inputs = JsonObjects.builder();
                f.inputs().forEach((name, value) -> {
                    if (value instanceof Number n) {
                        inputs.add(name, n.longValue());
                    } else {
                        inputs.add(name, String.valueOf(value));
                    }
                });
                array.add(JsonObjects.builder().add("ruleId", f.ruleId()).add("mode", f.mode().name())
                        .add("decision", f.decision().name()).add("inputs", inputs));
            }
            return array.build().toString();
        }
    }

    private RuleEvaluator() {
    }

    /** @param fingerprintOf the fingerprint of another card number (the sandbox rules' cards) */
    public static Evaluation evaluate(List<EffectiveRule> rules, SeenCharge charge, UnaryOperator<String> fingerprintOf,
                                      VelocityCounter counter, ListLookup lists) {
        FdsDecision decision = FdsDecision.ALLOW;
        List<Fired> fired = new ArrayList<>();
        for (EffectiveRule rule : rules) {
            if (!rule.enabled()) {
                continue;
            }
            Map<String, Object> inputs = inputsIfFired(rule, charge, fingerprintOf, counter, lists);
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
    private static Map<String, Object> inputsIfFired(EffectiveRule rule, SeenCharge charge,
                                                     UnaryOperator<String> fingerprintOf, VelocityCounter counter,
                                                     ListLookup lists) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        RuleParams params = rule.params();
        if (params instanceof RuleParams.SandboxCard sandbox) {
            if (charge.cardFingerprint() == null
                    || !charge.cardFingerprint().equals(fingerprintOf.apply(sandbox.cardNumber()))) {
                return null;
            }
            inputs.put("cardBin", charge.cardBin());
        } else if (params instanceof RuleParams.Amount amount) {
            if (charge.amount() < amount.minAmount()
                    || amount.method() != null && !amount.method().equals(charge.method())) {
                return null;
            }
            inputs.put("amount", charge.amount());
            inputs.put("minAmount", amount.minAmount());
        } else if (params instanceof RuleParams.Listed listed) {
            String value = valueOf(listed.list(), charge);
            Long entry = value == null ? null : lists.entryHolding(listed.list(), value);
            if (entry == null) {
                return null;
            }
            inputs.put("list", listed.list().name());
            inputs.put("entry", entry);
        } else if (params instanceof RuleParams.Velocity velocity) {
            String value = switch (velocity.key()) {
                case CARD -> charge.cardFingerprint();
                case EMAIL -> lowerCase(charge.customerEmail());
                case IP -> charge.customerIp();
                case MERCHANT -> charge.merchantId();
            };
            if (value == null || !velocity.counts(charge.amount())) {
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
            if (velocity.maxAmount() != null) {
                inputs.put("amount", charge.amount());
                inputs.put("maxAmount", velocity.maxAmount());
            }
        }
        return inputs;
    }

    /** The charge's value a list holds, as lists store it. */
    public static String valueOf(ListKind list, SeenCharge charge) {
        return switch (list) {
            case CARD -> charge.cardFingerprint();
            case BIN -> charge.cardBin();
            case EMAIL -> lowerCase(charge.customerEmail());
            case IP -> lowerCase(charge.customerIp());
        };
    }

    private static String lowerCase(String value) {
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }
}
