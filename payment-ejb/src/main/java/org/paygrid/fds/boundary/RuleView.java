package org.paygrid.fds.boundary;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.Map;
import org.paygrid.fds.entity.FdsRule;
import org.paygrid.fds.entity.RuleOverride;
import org.paygrid.shared.time.SeoulTime;

/**
 * A rule as staff see it; {@code merchantId} is null for the default every merchant starts with. {@code params} are
 * the kind's parameters as JSON values.
 */
public record RuleView(String ruleId, String kind, String merchantId, boolean enabled, String mode,
                       Map<String, Object> params, int version, String updatedBy, OffsetDateTime updatedAt)
        implements java.io.Serializable {

    static RuleView of(FdsRule rule) {
        return new RuleView(rule.ruleId(), rule.kind().name(), null, rule.enabled(), rule.mode().name(),
                plain(rule.params().toJson()), rule.version(), rule.updatedBy(), SeoulTime.of(rule.updatedAt()));
    }

    static RuleView of(FdsRule rule, RuleOverride own) {
        return new RuleView(rule.ruleId(), rule.kind().name(), own.merchantId(), own.enabled(), own.mode().name(),
                plain(own.params(rule.kind()).toJson()), own.version(), own.updatedBy(), SeoulTime.of(own.updatedAt()));
    }

    /** The parameters as plain values (numbers and strings), for JSON-B to write. */
    private static Map<String, Object> plain(JsonObject json) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        json.forEach((name, value) -> values.put(name, value instanceof jakarta.json.JsonNumber n ? n.longValue()
                : value instanceof jakarta.json.JsonString t ? t.getString() : value.toString()));
        return values;
    }
}
