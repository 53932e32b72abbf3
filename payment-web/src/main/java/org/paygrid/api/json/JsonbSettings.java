package org.paygrid.api.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.paygrid.shared.json.ContractJson;

/** JSON as the contract writes it: absent values are written as {@code null}, not dropped; integers are strict. */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(ContractJson.config()
            .withDeserializers(new StrictIntegers.Longs(), new StrictIntegers.Integers()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
