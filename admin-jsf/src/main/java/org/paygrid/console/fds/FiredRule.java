package org.paygrid.console.fds;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** One rule that fired on a screened charge, as the console shows it: the rule, its mode and decision, its inputs. */
public record FiredRule(String ruleId, String mode, String decision, String inputs) implements Serializable {

    static List<FiredRule> of(JsonArray fired) {
        return fired == null ? List.of() : fired.getValuesAs(JsonObject.class).stream()
                .map(f -> new FiredRule(f.getString("ruleId"), f.getString("mode"), f.getString("decision"),
                        f.getJsonObject("inputs").entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue().toString().replace("\"", ""))
                                .collect(Collectors.joining(", "))))
                .toList();
    }
}
