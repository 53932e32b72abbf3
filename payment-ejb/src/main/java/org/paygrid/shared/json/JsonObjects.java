package org.paygrid.shared.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * JSON-P objects, parsed and built through one provider looked up once. {@code Json.createReader} and
 * {@code Json.createObjectBuilder} look the provider up through the service loader on every call, which searches
 * the application's class loaders: measured, a sixth of the server's CPU time on a card approval (and again 4% of
 * it in 2026-12, from the fraud screen's record of the rules that fired). {@code CapabilitiesTest} lets no other
 * class call {@code jakarta.json.Json}.
 */
public final class JsonObjects {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonObjects() {
    }

    /** The JSON object in {@code json}; a {@link jakarta.json.JsonException} if it is not one. */
    public static JsonObject parse(String json) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** The JSON array in {@code json}; a {@link jakarta.json.JsonException} if it is not one. */
    public static JsonArray parseArray(String json) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    /** The JSON value in {@code json}; a {@link jakarta.json.JsonException} if it is not JSON. */
    public static JsonValue parseValue(String json) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    public static JsonObjectBuilder builder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder arrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }
}
