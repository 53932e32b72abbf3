package org.paygrid.payment.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paygrid.shared.error.RequestChecks;

/** The merchant's own key/value notes on a payment: up to 20 string pairs, echoed back unchanged. */
public final class Metadata {

    private Metadata() {
    }

    public static String toJson(Map<String, String> metadata) {
        if (metadata == null || metadata.isEmpty()) {
            return null;
        }
        if (metadata.size() > 20) {
            throw RequestChecks.invalid("metadata", "at most 20 keys");
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        metadata.forEach((key, value) -> {
            if (key == null || key.isBlank() || key.length() > 40 || value == null || value.length() > 500) {
                throw RequestChecks.invalid("metadata", "keys are 1..40 characters, values strings up to 500");
            }
            json.add(key, value);
        });
        return json.build().toString();
    }

    public static Map<String, String> fromJson(String json) {
        Map<String, String> metadata = new LinkedHashMap<>();
        if (json != null) {
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                JsonObject object = reader.readObject();
                object.forEach((key, value) -> metadata.put(key, ((JsonString) value).getString()));
            }
        }
        return metadata;
    }
}
