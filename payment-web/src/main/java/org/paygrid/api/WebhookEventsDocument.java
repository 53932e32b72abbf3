package org.paygrid.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The events Paygrid sends to merchants (contract section 7), in the served document: one schema per event type
 * (its {@code data} typed as the payment, the payout, or the dashboard's test message), the page of
 * {@code GET /v1/events}, and the request each webhook delivery makes, under {@code x-webhooks} (what OpenAPI 3.1 calls
 * {@code webhooks}; MicroProfile OpenAPI writes 3.0, where Redocly and others read this extension). Also the typed
 * pages the list operations answer with, whose item records live in payment-ejb.
 */
final class WebhookEventsDocument {

    private WebhookEventsDocument() {
    }

    private record EventKind(String type, String schema, String data, String summary) {
    }

    private static final List<EventKind> KINDS = List.of(
            new EventKind("PAYMENT_STATUS_CHANGED", "PaymentStatusChangedEvent", "Payment",
                    "A payment's status changed (approved, cancelled in whole or part, aborted, expired)"),
            new EventKind("DEPOSIT_CALLBACK", "DepositCallbackEvent", "Payment",
                    "The customer deposited into a virtual account, or the deposit was returned"),
            new EventKind("PAYOUT_STATUS_CHANGED", "PayoutStatusChangedEvent", "Payout",
                    "A payout was made (its status became PAID)"),
            new EventKind("WEBHOOK_TEST", "WebhookTestEvent", "WebhookTestData",
                    "Sent from the dashboard to one endpoint, to see that it answers; never to others"));

    /** A delivery is authenticated by its signature, which the receiver checks (no key, no token). */
    private static final String SIGNATURE_SCHEME = "webhookSignature";

    static void describe(OpenAPI document) {
        var components = document.getComponents();
        components.addSecurityScheme(SIGNATURE_SCHEME, OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.APIKEY)
                .in(org.eclipse.microprofile.openapi.models.security.SecurityScheme.In.HEADER).name("webhook-signature")
                .description("Webhook deliveries only: Paygrid signs each with the endpoint's whsec_ secret (Standard "
                        + "Webhooks, contract section 7); the merchant's receiver verifies it."));
        components.addSchema("WebhookTestData", object("The data of a WEBHOOK_TEST event")
                .addProperty("webhookId", text("whk_Qm3xT8pLw2ZkR9vYb4NcH7dA"))
                .addProperty("message", text("A test event sent from the Paygrid dashboard: answer 2xx within 10 s"))
                .required(List.of("webhookId", "message")));
        List<String> types = KINDS.stream().map(EventKind::type).toList();
        components.addSchema("Event", event("Any event: {id, type, createdAt, mode, data}; data is the payment, the "
                        + "payout or the test message as type says (see the schema of each type)", types,
                OASFactory.createSchema().type(SchemaType.OBJECT)
                        .description("The payment, the payout or the test message, by type")));
        Map<String, Object> webhooks = new LinkedHashMap<>();
        for (EventKind kind : KINDS) {
            components.addSchema(kind.schema(), event(kind.summary() + ".", List.of(kind.type()),
                    OASFactory.createSchema().ref(kind.data())));
            webhooks.put(kind.type(), Map.of("post", delivery(kind)));
        }
        document.addExtension("x-webhooks", webhooks);

        components.addSchema("EventPage", page("Event", "Events, oldest first"));
        components.addSchema("PaymentListResponse", page("Payment", "Payments, newest first"));
        components.addSchema("SettlementLinePage", page("SettlementLine", "Settlement lines"));
        components.addSchema("PayoutList", page("Payout", "Payouts, one per payout date (nextCursor is null)"));
        components.addSchema("WebhookList", page("Webhook", "Webhooks, oldest first"));
    }

    /** The request Paygrid makes to a merchant's endpoint, as an OpenAPI operation (plain maps: an extension). */
    private static Map<String, Object> delivery(EventKind kind) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", "on" + kind.schema());
        operation.put("summary", kind.summary());
        operation.put("description", "Paygrid POSTs the event to each ACTIVE endpoint of the merchant and mode "
                + "registered for " + kind.type() + ". Verify the Standard Webhooks signature before believing it "
                + "(the SDKs' webhook helpers do), answer 2xx within 10 s, and de-duplicate on webhook-id: any "
                + "other answer is retried with exponential backoff (at least 7 attempts over at least 24 h); "
                + "410 Gone disables the endpoint. Events of one payment arrive in order.");
        operation.put("tags", List.of("Webhooks"));
        operation.put("security", List.of(Map.of(SIGNATURE_SCHEME, List.of())));
        operation.put("parameters", List.of(
                header("webhook-id", "The event's id (evt_...), the same on every attempt: de-duplicate on it",
                        "evt_9JbXq2LmT4vN8sRw"),
                header("webhook-timestamp", "When this attempt was signed, in unix seconds; refuse one more "
                        + "than 5 minutes from now", "1764925200"),
                header("webhook-signature", "Space-separated v1,<base64 HMAC-SHA256> signatures of "
                        + "id.timestamp.body under the endpoint's secret (several while a secret is rolled)",
                        "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=")));
        operation.put("requestBody", Map.of("required", true, "content", Map.of("application/json",
                Map.of("schema", Map.of("$ref", "#/components/schemas/" + kind.schema())))));
        operation.put("responses", Map.of(
                "200", Map.of("description", "Received (any 2xx within 10 s counts)"),
                "410", Map.of("description", "Gone: Paygrid disables this endpoint and stops sending")));
        return operation;
    }

    private static Map<String, Object> header(String name, String description, String example) {
        return Map.of("name", name, "in", "header", "required", true, "description", description,
                "schema", Map.of("type", "string"), "example", example);
    }

    private static Schema event(String description, List<String> types, Schema data) {
        return object(description)
                .addProperty("id", text("evt_9JbXq2LmT4vN8sRw").description("Also the webhook-id header"))
                .addProperty("type", OASFactory.createSchema().type(SchemaType.STRING)
                        .enumeration(List.copyOf(types)).example(types.get(0)))
                .addProperty("createdAt", OASFactory.createSchema().type(SchemaType.STRING).format("date-time")
                        .example("2026-12-05T14:03:11+09:00"))
                .addProperty("mode", OASFactory.createSchema().type(SchemaType.STRING)
                        .enumeration(List.of("test", "live")).example("test"))
                .addProperty("data", data)
                .required(List.of("id", "type", "createdAt", "mode", "data"));
    }

    private static Schema page(String item, String description) {
        return object(description + "; nextCursor is null on the last page")
                .addProperty("items", OASFactory.createSchema().type(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(item)))
                .addProperty("nextCursor", OASFactory.createSchema().type(SchemaType.STRING).nullable(true)
                        .description("Pass as cursor (for events: as after) for the next page"))
                .required(List.of("items", "nextCursor"));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().type(SchemaType.OBJECT).description(description);
    }

    private static Schema text(String example) {
        return OASFactory.createSchema().type(SchemaType.STRING).example(example);
    }
}
