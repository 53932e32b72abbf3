package org.paygrid.payment.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.json.JsonObjects;

/** The merchant's own key/value notes on a payment: up to 20 string pairs, echoed back unchanged. */
public final class Metadata {

    private Metadata() {
    }

    /** A JSON object of up to 20 string values, as sent; anything else is the client's mistake. */
    public static String toJson(JsonObject metadata) {
        if (metadata == null || metadata.isEmpty()) {
            return null;
        }
        if (metadata.size() > 20) {
            throw RequestChecks.invalid("metadata", "at most 20 keys");
        }
        metadata.forEach((key, value) -> {
            if (key.isBlank() || key.length() > 40 || !(value instanceof JsonString text) || text.getString().length() > 500) {
                throw RequestChecks.invalid("metadata", "keys are 1..40 characters, values strings up to 500");
            }
            RequestChecks.refuseCardNumber(((JsonString) value).getString(), "metadata." + key);
        });
        return metadata.toString();
    }

    public static Map<String, String> fromJson(String json) {
        Map<String, String> metadata = new LinkedHashMap<>();
        if (json != null) {
            JsonObjects.parse(json).forEach((key, value) -> metadata.put(key, ((JsonString) value).getString()));
        }
        return metadata;
    }
}
