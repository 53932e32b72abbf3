package org.paygrid.api.json;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Whole numbers only, as JSON numbers: {@code 1.5}, {@code 1e20} or {@code "1000"} for an amount is the client's
 * mistake (400), not something to round, overflow or parse. JSON-B alone would truncate 1.5 to 1.
 */
final class StrictIntegers {

    private StrictIntegers() {
    }

    static long read(JsonParser parser, long min, long max) {
        boolean whole;
        try {
            whole = parser.isIntegralNumber();
        } catch (IllegalStateException notANumber) {   // a string, boolean, array or object
            whole = false;
        }
        if (!whole) {
            throw new JsonbException("expected a whole number");
        }
        BigDecimal value = parser.getBigDecimal();
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new JsonbException("number out of range: " + value.toPlainString());
        }
        return value.longValueExact();
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return (int) read(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }
}
