package org.paygrid.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * What the annotations cannot say in the served document (issue 21): every POST declares the optional
 * {@code Idempotency-Key} header that {@link IdempotencyFilter} honours; the one server is the platform's public base
 * URL ({@code paygrid.checkout.base-url}), without a trailing slash, not the listeners Payara would list; each tag
 * is declared once; the schema generator's default values ({@code minProperties: 0}, {@code exclusiveMaximum:
 * false}, ...), which say nothing or, for {@code maxProperties: 0}, refuse every body, are removed; and an annotated
 * list of strings gets its items back. Examples written as JSON text in the annotations become the JSON they show
 * (a validator compares them with their schema), a number's example a number; and the root member {@code endpoints}
 * that Payara adds (not an OpenAPI field: validators refuse the document) is emptied, so that it is not written.
 */
public class ApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        ConfigProvider.getConfig().getOptionalValue("paygrid.checkout.base-url", String.class)
                .map(url -> url.replaceAll("/+$", ""))
                .ifPresent(url -> document.setServers(List.of(OASFactory.createServer().url(url)
                        .description("This Paygrid platform"))));
        if (document.getTags() != null) {   // declared on the application and again on each resource
            Map<String, org.eclipse.microprofile.openapi.models.tags.Tag> once = new java.util.LinkedHashMap<>();
            document.getTags().forEach(tag -> once.merge(tag.getName(), tag,
                    (first, again) -> first.getDescription() != null ? first : again));
            document.setTags(new java.util.ArrayList<>(once.values()));
        }
        withoutPayaraEndpoints(document);
        if (document.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : document.getPaths().getPathItems().entrySet()) {
            Operation post = path.getValue().getPOST();
            if (post != null && !declaresIdempotencyKey(post)) {
                post.addParameter(idempotencyKey());
            }
            path.getValue().getOperations().values().forEach(ApiDocumentFilter::examplesAsJson);
        }
    }

    /** Payara's own root member listing each application's paths: no OpenAPI field, and refused by validators. */
    private static void withoutPayaraEndpoints(OpenAPI document) {
        try {
            document.getClass().getMethod("setEndpoints", Map.class).invoke(document, new java.util.TreeMap<>());
        } catch (ReflectiveOperationException notPayara) {
            // another implementation: nothing to remove
        }
    }

    private static void examplesAsJson(Operation operation) {
        if (operation.getRequestBody() != null) {
            examplesAsJson(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> examplesAsJson(response.getContent()));
        }
    }

    private static void examplesAsJson(org.eclipse.microprofile.openapi.models.media.Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (var media : content.getMediaTypes().values()) {
            if (media.getExamples() != null) {
                media.getExamples().values().forEach(example -> example.setValue(json(example.getValue())));
            }
            media.setExample(json(media.getExample()));
        }
    }

    /** A JSON object or array written as text becomes that object or array; anything else stays as it is. */
    static Object json(Object value) {
        if (!(value instanceof String text) || !(text.strip().startsWith("{") || text.strip().startsWith("["))) {
            return value;
        }
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            return plain(reader.readValue());
        } catch (jakarta.json.JsonException notJson) {
            return value;
        }
    }

    /** JSON-P values as the plain maps, lists, strings, numbers and booleans the document writer knows. */
    private static Object plain(jakarta.json.JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> object = new java.util.LinkedHashMap<>();
                value.asJsonObject().forEach((name, member) -> object.put(name, plain(member)));
                yield object;
            }
            case ARRAY -> value.asJsonArray().stream().map(ApiDocumentFilter::plain).toList();
            case STRING -> ((jakarta.json.JsonString) value).getString();
            case NUMBER -> {
                jakarta.json.JsonNumber number = (jakarta.json.JsonNumber) value;
                yield number.isIntegral() ? (Object) number.longValueExact() : number.bigDecimalValue();
            }
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    @Override
    public Schema filterSchema(Schema schema) {
        dropDefaults(schema);
        if ((schema.getType() == Schema.SchemaType.INTEGER || schema.getType() == Schema.SchemaType.NUMBER)
                && schema.getExample() instanceof String text && text.matches("-?\\d+")) {
            schema.setExample(Long.valueOf(text));
        }
        if (schema.getType() == Schema.SchemaType.ARRAY) {
            repairArray(schema);
        }
        return schema;
    }

    /** The generator writes every annotation default; each of these says nothing (or, maxProperties 0, too much). */
    private static void dropDefaults(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
    }

    /**
     * An annotated {@code List<String>} comes out as an array of arrays with the enumeration on the list, and its
     * example as a string: the values belong to the items, and the example is a JSON array.
     */
    private static void repairArray(Schema schema) {
        Schema items = schema.getItems();
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            if (items == null || items.getType() == Schema.SchemaType.ARRAY) {
                items = OASFactory.createSchema().type(Schema.SchemaType.STRING);
                schema.setItems(items);
            }
            items.setEnumeration(schema.getEnumeration());
            schema.setEnumeration(null);
        }
        if (schema.getExample() instanceof String text && text.startsWith("[")) {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
                schema.setExample(reader.readArray().stream().map(value -> value instanceof jakarta.json.JsonString s
                        ? s.getString() : value.toString()).toList());
            } catch (jakarta.json.JsonException notJson) {
                // left as written
            }
        }
    }

    private static boolean declaresIdempotencyKey(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotencyFilter.HEADER.equalsIgnoreCase(p.getName()));
    }

    private static Parameter idempotencyKey() {
        return OASFactory.createParameter().name(IdempotencyFilter.HEADER).in(Parameter.In.HEADER).required(false)
                .description("Makes a retry safe (contract section 6): the same key and body get the first answer "
                        + "again and move no money; 1 to 300 characters, a UUID is usual.")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).minLength(1).maxLength(300))
                .example("5f0c8a6e-4b7d-4c2a-9d1e-2b3f4a5c6d7e");
    }
}
