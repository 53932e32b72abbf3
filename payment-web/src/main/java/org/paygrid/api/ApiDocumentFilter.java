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
import org.paygrid.api.problem.Problem;
import org.paygrid.shared.json.JsonObjects;

/**
 * What the annotations cannot say in the served document (issue 21): every POST declares the optional
 * {@code Idempotency-Key} header that {@link IdempotencyFilter} honours; the one server is the platform's public base
 * URL ({@code paygrid.checkout.base-url}), without a trailing slash, not the listeners Payara would list; each tag
 * is declared once; the schema generator's default values ({@code minProperties: 0}, {@code exclusiveMaximum:
 * false}, ...), which say nothing or, for {@code maxProperties: 0}, refuse every body, are removed; and an annotated
 * list of strings gets its items back. Examples written as JSON text in the annotations become the JSON they show
 * (a validator compares them with their schema), a number's example a number; and the root member {@code endpoints}
 * that Payara adds (not an OpenAPI field: validators refuse the document) is emptied, so that it is not written.
 * Every error answer is described by one {@code Problem} schema, and the answers every operation can give whatever
 * it does (401 without a valid key or token, 403 for a staff role that may not, 429 over the rate limit) are
 * declared on each.
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
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        document.getComponents().addSchema(PROBLEM, problemSchema());
        RecordSchemas records = new RecordSchemas();
        WIRE_RECORDS.forEach(records::refTo);
        var known = document.getComponents().getSchemas();
        records.built().forEach((name, schema) -> {
            if (known == null || !known.containsKey(name)) {
                document.getComponents().addSchema(name, schema);
            }
        });
        WebhookEventsDocument.describe(document);
        for (Map.Entry<String, PathItem> path : document.getPaths().getPathItems().entrySet()) {
            Operation post = path.getValue().getPOST();
            if (post != null && !declaresIdempotencyKey(post)) {
                post.addParameter(idempotencyKey());
            }
            boolean staff = path.getKey().startsWith("/v1/admin/");
            path.getValue().getOperations().values().forEach(operation -> {
                examplesAsJson(operation);
                defaultAsOk(operation);
                declareCommonProblems(operation, staff);
            });
        }
    }

    static final String PROBLEM = "Problem";

    /**
     * The domain's records the API answers with or reads (payment-ejb, which Payara's scanner does not see): each is
     * a component schema of its {@code @Schema} name, which the resources' annotations refer to by that name.
     */
    static final List<Class<?>> WIRE_RECORDS = List.of(org.paygrid.payment.boundary.PaymentObject.class,
            org.paygrid.payment.boundary.RefundRequestView.class, org.paygrid.billing.boundary.BillingKeyView.class,
            org.paygrid.payment.boundary.KeyInRequest.class, org.paygrid.payment.boundary.CancelRequest.class,
            org.paygrid.payment.boundary.CreatePaymentRequest.class, org.paygrid.payment.boundary.ConfirmRequest.class,
            org.paygrid.payment.boundary.VirtualAccountRequest.class,
            org.paygrid.billing.boundary.BillingKeyRequest.class,
            org.paygrid.billing.boundary.BillingChargeRequest.class,
            org.paygrid.settlement.boundary.SettlementRunView.class, org.paygrid.settlement.boundary.FeePlanView.class,
            org.paygrid.fds.boundary.ListEntryView.class, org.paygrid.settlement.boundary.PayoutView.class,
            org.paygrid.settlement.boundary.SettlementLineView.class,
            org.paygrid.housekeeping.boundary.HousekeepingView.class);

    /**
     * A resource method that returns its answer object, without a response annotation, is written as a
     * {@code default} response; JAX-RS answers such a method with 200, which is what the document then says.
     */
    private static void defaultAsOk(Operation operation) {
        var responses = operation.getResponses();
        if (responses == null || !responses.hasAPIResponse("default")
                || responses.getAPIResponses().keySet().stream().anyMatch(status -> status.startsWith("2"))) {
            return;
        }
        var answer = responses.getAPIResponse("default");
        if (answer.getContent() == null) {
            return;
        }
        responses.removeAPIResponse("default");
        if (answer.getDescription() == null || answer.getDescription().startsWith("Default")) {
            answer.setDescription("OK");
        }
        responses.addAPIResponse("200", answer);
    }

    /** RFC 9457 with the contract's {@code code} and {@code message} (section 3); the record the API writes. */
    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An error (contract section 3): the HTTP status, a stable `code` to act on, and a "
                        + "message for people (Korean with Accept-Language: ko).")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("A URL naming the problem type, one per code"))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("The HTTP status's reason phrase"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("code", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("The stable error code of contract section 3, e.g. INVALID_REQUEST")
                        .example("INVALID_REQUEST"))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("What went wrong, naming the field where there is one")
                        .example("amount: must be a whole number of won, at least 1"))
                .addProperty("instance", text.description("The request's path"))
                .required(List.of("type", "title", "status", "code", "message"));
    }

    /**
     * Each error answer carries the Problem schema; and the answers any operation can give are declared where the
     * annotations did not: 401 (no, an unknown or a revoked key; for staff no valid token), 403 for staff (a role
     * that may not), 429 (over the key's or the address's rate limit, with Retry-After).
     */
    private static void declareCommonProblems(Operation operation, boolean staff) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        var responses = operation.getResponses();
        if (staff) {
            addIfAbsent(responses, "401", "UNAUTHORIZED: no valid access token of the staff realm");
            addIfAbsent(responses, "403", "FORBIDDEN: the token's roles do not allow this operation");
        } else {
            addIfAbsent(responses, "401", "UNAUTHORIZED_KEY: no key, an unknown one or a revoked one");
        }
        addIfAbsent(responses, "429", "TOO_MANY_REQUESTS: over the rate limit; Retry-After says when to try again");
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                problemContent(response);
            }
        });
    }

    private static void addIfAbsent(org.eclipse.microprofile.openapi.models.responses.APIResponses responses,
                                    String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** An error answer's body is a Problem, whatever the annotation said of it (often nothing, or "an object"). */
    private static void problemContent(org.eclipse.microprofile.openapi.models.responses.APIResponse response) {
        var content = response.getContent();
        if (content == null) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        var media = content.getMediaType(Problem.MEDIA_TYPE);
        if (media == null) {
            media = OASFactory.createMediaType();
            content.addMediaType(Problem.MEDIA_TYPE, media);
        }
        if (media.getSchema() == null || media.getSchema().getRef() == null) {
            media.setSchema(OASFactory.createSchema().ref(PROBLEM));
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
            operation.getResponses().getAPIResponses().values()
                    .forEach(response -> examplesAsJson(response.getContent()));
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
        try {
            return plain(JsonObjects.parseValue(text));
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
            try {
                schema.setExample(JsonObjects.parseArray(text).stream().map(value -> value instanceof jakarta.json.JsonString s
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
