package org.paygrid.api;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * OpenAPI schemas read from the records the API writes and reads. Payara's scanner sees only the web module's own
 * classes, so the domain's wire records (the payment object, the requests of payment-ejb) came out as a bare
 * "object"; built from the records themselves, with the names, examples and descriptions of their
 * {@code @Schema} annotations, the document and the JSON cannot disagree. Nested records become schemas of
 * their own; a member is required where its annotation says so (JSON-B omits null members from answers).
 */
final class RecordSchemas {

    private final Map<String, Schema> schemas = new LinkedHashMap<>();
    private final Map<Class<?>, String> names = new LinkedHashMap<>();

    /** A reference to the record's schema, building it (and those of its nested records) the first time. */
    Schema refTo(Class<?> record) {
        String name = names.get(record);
        if (name == null) {
            name = uniqueNameOf(record);
            names.put(record, name);
            schemas.put(name, null);   // a record that refers to itself finds its name taken
            schemas.put(name, objectOf(record));
        }
        return OASFactory.createSchema().ref(name);
    }

    /** Its {@code @Schema} or simple name; a nested record whose name another took gets its owner's in front. */
    private String uniqueNameOf(Class<?> record) {
        String name = nameOf(record);
        if (names.containsValue(name) && record.getEnclosingClass() != null) {
            name = nameOf(record.getEnclosingClass()) + name;
        }
        return name;
    }

    /** Every schema built so far, by name. */
    Map<String, Schema> built() {
        return schemas;
    }

    static String nameOf(Class<?> record) {
        var named = record.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return named != null && !named.name().isEmpty() ? named.name() : record.getSimpleName();
    }

    private Schema objectOf(Class<?> record) {
        Schema object = OASFactory.createSchema().type(SchemaType.OBJECT);
        var annotation = record.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (annotation != null && !annotation.description().isEmpty()) {
            object.description(annotation.description());
        }
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
                continue;
            }
            JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
            var described = annotationOf(component);
            object.addProperty(name, annotated(schemaOf(component.getGenericType()), described));
            if (described != null && described.required()) {
                object.addRequired(name);
            }
        }
        return object;
    }

    /** The component's {@code @Schema}, wherever Java put it (field, accessor or constructor parameter). */
    private static org.eclipse.microprofile.openapi.annotations.media.Schema annotationOf(RecordComponent component) {
        var onComponent = component.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (onComponent != null) {
            return onComponent;
        }
        return component.getAccessor().getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    }

    private Schema schemaOf(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(SchemaType.ARRAY).items(schemaOf(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(SchemaType.OBJECT)
                        .additionalPropertiesSchema(schemaOf(arguments[1]));
            }
            return schemaOf(raw);
        }
        if (!(type instanceof Class<?> raw)) {
            return OASFactory.createSchema().type(SchemaType.OBJECT);
        }
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return OASFactory.createSchema().type(SchemaType.STRING);
        }
        if (raw == long.class || raw == Long.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        }
        if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER);
        }
        if (raw == LocalDate.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date");
        }
        if (raw == OffsetDateTime.class || raw == ZonedDateTime.class || raw == Instant.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
        }
        if (raw.isEnum()) {
            return OASFactory.createSchema().type(SchemaType.STRING)
                    .enumeration(Arrays.stream(raw.getEnumConstants()).map(c -> (Object) ((Enum<?>) c).name())
                            .toList());
        }
        if (raw.isRecord()) {
            return refTo(raw);
        }
        return OASFactory.createSchema().type(SchemaType.OBJECT);
    }

    /**
     * What the component's annotation adds: a description, an example, the values a string may take, and the text
     * rule's length and pattern (the same constants the domain checks with).
     */
    private static Schema annotated(Schema schema,
                                    org.eclipse.microprofile.openapi.annotations.media.Schema annotation) {
        if (annotation == null) {
            return schema;
        }
        if (schema.getRef() != null) {   // a $ref takes no siblings in OpenAPI 3.0: the referenced schema speaks
            return schema;
        }
        if (!annotation.description().isEmpty()) {
            schema.description(annotation.description());
        }
        if (annotation.enumeration().length > 0) {
            Schema target = schema.getType() == SchemaType.ARRAY ? schema.getItems() : schema;
            target.enumeration(List.of((Object[]) annotation.enumeration()));
        }
        if (!annotation.example().isEmpty()) {
            schema.example(exampleFor(schema, annotation.example()));
        }
        if (annotation.nullable()) {
            schema.nullable(true);
        }
        if (annotation.minLength() > 0) {
            schema.minLength(annotation.minLength());
        }
        if (annotation.maxLength() != Integer.MAX_VALUE) {
            schema.maxLength(annotation.maxLength());
        }
        if (!annotation.pattern().isEmpty()) {
            schema.pattern(annotation.pattern());
        }
        return schema;
    }

    private static Object exampleFor(Schema schema, String text) {
        if (schema.getType() == SchemaType.INTEGER && text.matches("-?\\d+")) {
            return Long.valueOf(text);
        }
        if (schema.getType() == SchemaType.BOOLEAN) {
            return Boolean.valueOf(text);
        }
        if (schema.getType() == SchemaType.ARRAY || schema.getType() == SchemaType.OBJECT) {
            return ApiDocumentFilter.json(text);
        }
        return text;
    }
}
