package org.paygrid.fds.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;
import org.paygrid.shared.json.JsonObjects;

/** A rule's parameters, typed by its kind; stored as JSON. Every value is checked when staff change it. */
public sealed interface RuleParams {

    FdsDecision decision();

    JsonObject toJson();

    /** Always {@code decision} for one test card number (a sandbox card, public like any test card). */
    record SandboxCard(String cardNumber, FdsDecision decision) implements RuleParams {
        public SandboxCard {
            if (cardNumber == null || !cardNumber.matches("\\d{13,19}")) {
                throw new IllegalArgumentException("cardNumber must be 13 to 19 digits");
            }
        }

        @Override
        public JsonObject toJson() {
            return JsonObjects.builder().add("cardNumber", cardNumber).add("decision", decision.name()).build();
        }
    }

    /**
     * More than {@code maxAttempts} attempts with one {@code key} at one merchant and mode in {@code windowMinutes};
     * when {@code maxAmount} is set, only attempts of at most that many won count (card testers try cards with small
     * amounts), and larger ones are neither counted nor judged by the rule.
     */
    record Velocity(VelocityKey key, int windowMinutes, int maxAttempts, Long maxAmount, FdsDecision decision)
            implements RuleParams {

        /** A day: attempts older than that can no longer count, and are purged. */
        public static final int LONGEST_WINDOW_MINUTES = 1440;

        /** A counter keeps a window's attempts on its row (8 bytes each): up to this limit, 8 KB. */
        public static final int MOST_ATTEMPTS = 1000;

        public Velocity {
            if (key == null) {
                throw new IllegalArgumentException("key is required");
            }
            if (windowMinutes < 1 || windowMinutes > LONGEST_WINDOW_MINUTES) {
                throw new IllegalArgumentException("windowMinutes must be 1 to " + LONGEST_WINDOW_MINUTES);
            }
            if (maxAttempts < 1 || maxAttempts > MOST_ATTEMPTS) {
                throw new IllegalArgumentException("maxAttempts must be 1 to " + MOST_ATTEMPTS);
            }
            if (maxAmount != null && maxAmount < 1) {
                throw new IllegalArgumentException("maxAmount must be at least 1");
            }
        }

        public Velocity(VelocityKey key, int windowMinutes, int maxAttempts, FdsDecision decision) {
            this(key, windowMinutes, maxAttempts, null, decision);
        }

        /** Whether a charge of {@code amount} counts against this rule. */
        public boolean counts(long amount) {
            return maxAmount == null || amount <= maxAmount;
        }

        @Override
        public JsonObject toJson() {
            var json = JsonObjects.builder().add("key", key.name()).add("windowMinutes", windowMinutes)
                    .add("maxAttempts", maxAttempts);
            if (maxAmount != null) {
                json.add("maxAmount", maxAmount);
            }
            return json.add("decision", decision.name()).build();
        }
    }

    /** One payment of {@code minAmount} won or more; of one payment method only when {@code method} is set. */
    record Amount(long minAmount, String method, FdsDecision decision) implements RuleParams {
        public Amount {
            if (minAmount < 1) {
                throw new IllegalArgumentException("minAmount must be at least 1");
            }
            if (method != null && !method.matches("[A-Z_]{2,20}")) {
                throw new IllegalArgumentException("method must be a payment method such as CARD");
            }
        }

        @Override
        public JsonObject toJson() {
            var json = JsonObjects.builder().add("minAmount", minAmount).add("decision", decision.name());
            if (method != null) {
                json.add("method", method);
            }
            return json.build();
        }
    }

    /** The charge's card, BIN, e-mail or IP is on {@code list} (an active entry, not removed nor expired). */
    record Listed(ListKind list, FdsDecision decision) implements RuleParams {
        public Listed {
            if (list == null) {
                throw new IllegalArgumentException("list is required");
            }
        }

        @Override
        public JsonObject toJson() {
            return JsonObjects.builder().add("list", list.name()).add("decision", decision.name()).build();
        }
    }

    /** Reads the parameters of a rule of {@code kind}; a missing or wrong value is an IllegalArgumentException. */
    static RuleParams parse(RuleKind kind, JsonObject json) {
        if (json == null) {
            throw new IllegalArgumentException("params are required");
        }
        FdsDecision decision = decision(json);
        return switch (kind) {
            case SANDBOX_CARD -> new SandboxCard(text(json, "cardNumber"), decision);
            case VELOCITY -> new Velocity(oneOf(VelocityKey.class, text(json, "key"), "key"),
                    number(json, "windowMinutes"), number(json, "maxAttempts"), optionalLong(json, "maxAmount"),
                    decision);
            case AMOUNT -> new Amount(longNumber(json, "minAmount"),
                    json.containsKey("method") && json.get("method") != JsonValue.NULL ? text(json, "method") : null,
                    decision);
            case LIST -> new Listed(oneOf(ListKind.class, text(json, "list"), "list"), decision);
        };
    }

    private static FdsDecision decision(JsonObject json) {
        FdsDecision decision = oneOf(FdsDecision.class, text(json, "decision"), "decision");
        if (decision == FdsDecision.ALLOW) {
            throw new IllegalArgumentException("decision must be REVIEW or BLOCK");
        }
        return decision;
    }

    private static <E extends Enum<E>> E oneOf(Class<E> type, String value, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.toUpperCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw new IllegalArgumentException(name + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    private static String text(JsonObject json, String name) {
        try {
            return json.getString(name);
        } catch (NullPointerException | ClassCastException e) {
            throw new IllegalArgumentException(name + " must be a string");
        }
    }

    private static Long optionalLong(JsonObject json, String name) {
        return json.containsKey(name) && json.get(name) != JsonValue.NULL ? longNumber(json, name) : null;
    }

    private static int number(JsonObject json, String name) {
        return Math.toIntExact(longNumber(json, name));
    }

    private static long longNumber(JsonObject json, String name) {
        try {
            var value = json.getJsonNumber(name);
            if (value == null || !value.isIntegral()) {
                throw new IllegalArgumentException(name + " must be a whole number");
            }
            return value.longValueExact();
        } catch (ClassCastException | ArithmeticException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }
}
