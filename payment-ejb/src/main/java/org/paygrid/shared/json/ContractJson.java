package org.paygrid.shared.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * JSON as the contract writes it: absent values are written as {@code null}, not dropped. One configuration for
 * everything that leaves the platform as JSON: API answers and the bodies of events and webhooks.
 */
public final class ContractJson {

    private ContractJson() {
    }

    public static JsonbConfig config() {
        return new JsonbConfig().withNullValues(true);
    }

    private static final Jsonb WRITER = JsonbBuilder.create(config());

    public static String write(Object value) {
        return WRITER.toJson(value);
    }
}
