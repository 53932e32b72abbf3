package org.paygrid.fds.boundary;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.Map;
import org.paygrid.fds.entity.FdsRule;
import org.paygrid.fds.entity.RuleOverride;
import org.paygrid.fds.entity.RuleSetting;
import org.paygrid.shared.time.SeoulTime;

/**
 * A rule as staff see it; {@code merchantId} is null for the default every merchant starts with. {@code params} are
 * the kind's parameters as JSON values.
 */
public record RuleView(String ruleId, String kind, String merchantId, boolean enabled, String mode,
                       Map<String, Object> params, int version, String updatedBy, OffsetDateTime updatedAt)
        implements java.io.Serializable {

    static RuleView of(FdsRule rule) {
        return of(rule, null, rule.setting());
    }

    static RuleView of(FdsRule rule, RuleOverride own) {
        return of(rule, own.merchantId(), own.setting());
    }

    private static RuleView of(FdsRule rule, String merchantId, RuleSetting setting) {
        return new RuleView(rule.ruleId(), rule.kind().name(), merchantId, setting.enabled(), setting.mode().name(),
                plain(setting.params(rule.kind()).toJson()), setting.version(), setting.updatedBy(),
                SeoulTime.of(setting.updatedAt()));
    }

    /** The parameters as plain values (numbers and strings), for JSON-B to write. */
    private static Map<String, Object> plain(JsonObject json) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        json.forEach((name, value) -> values.put(name, value instanceof jakarta.json.JsonNumber n ? n.longValue()
                : value instanceof jakarta.json.JsonString t ? t.getString() : value.toString()));
        return values;
    }
}
