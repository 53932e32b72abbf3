package org.paygrid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.paygrid.support.PaygridProperties;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.testkit.Cards;
import org.paygrid.testkit.Json;
import org.paygrid.testkit.Http;

/**
 * Contract sections 2 and 3 as properties over every merchant endpoint and the staff merchant, fee-plan, review
 * and settlement-run endpoints (shared/RELIABILITY.md scenario 23), run by jqwik against the deployed application:
 * a valid request with one field replaced by a generated value (wrong types, huge and fractional numbers, text
 * with any code point, injection, very long text, deep nesting), a raw body (invalid UTF-8, truncated, duplicate
 * keys, a byte order mark, not JSON, another content type), or generated query values and path segments.
 * Whatever the request: never a 5xx; every 4xx is problem+json with a code; a refused request (400, 404, 413, 415)
 * stores nothing (no payment, transaction, billing key, event, webhook endpoint or delivery, journal posting of the
 * merchant); a text that was accepted reads back exactly; and the merchant still gets a normal payment approved
 * after each property. A failure prints jqwik's seed and shrunk request ({@code @Property(seed = ...)} repeats it).
 * {@link ContractPropertiesIT} runs them beside the other classes; what a property stores is counted for its own
 * merchant (and the merchants its requests name with its mark), so other classes' work does not disturb the count.
 */
@AddLifecycleHook(PaygridProperties.class)
class ContractProperties {

    private static final int TRIES = 150;
    private static final HttpClient HTTP = Http.client().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");

    /** A request as sent: method, path with query, content type, body bytes; and the field it changed, if one. */
    record Call(String method, String path, String contentType, byte[] body, String field, String sentText) {

        Call with(String type, byte[] newBody) {
            return new Call(method, path, type, newBody, null, null);
        }

        @Override
        public String toString() {
            return method + " " + path + " [" + contentType + "] " + printable(body);
        }
    }

    /** A request before its placeholders are filled: $ORDER (a new order id), $CARD (a new card number). */
    record Template(String method, String path, String body) {
    }

    private TestMerchant merchant;
    /** In the name, e-mail and website of every merchant a request of this property may create. */
    private String mark;
    private String paymentKey;
    private String billingKey;
    private String staffToken;
    /** The property's own connection, for its snapshots of what is stored. */
    private Connection db;

    @BeforeProperty
    void aMerchantOfItsOwn() throws Exception {
        db = TestStack.database();
        merchant = TestMerchant.create("Properties Shop");
        mark = "props" + UUID.randomUUID().toString().substring(0, 8);
        paymentKey = merchant.api().body(keyIn(newOrderId(), 50_000)).post("/v1/payments/key-in")
                .then().statusCode(200).extract().path("paymentKey");
        billingKey = merchant.api().body("""
                        {"customerKey": "customer-props", "cardNumber": "%s", "cardExpirationYear": "30",
                         "cardExpirationMonth": "12"}""".formatted(Cards.fresh()))
                .post("/v1/billing/authorizations/card").then().statusCode(200).extract().path("billingKey");
        staffToken = TestStack.opsToken();
    }

    @AfterProperty
    void stillApproves() throws Exception {
        db.close();
        merchant.api().body(keyIn(newOrderId(), 12_000)).post("/v1/payments/key-in").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DONE"));
    }

    // ---- the merchant API -------------------------------------------------------------------------------------

    @Property(tries = TRIES)
    void keyIn(@ForAll("keyIns") Call call) throws Exception {
        holds(call);
    }

    @Provide
    Arbitrary<Call> keyIns() {
        return requests(new Template("POST", "/v1/payments/key-in", """
                {"orderId": "$ORDER", "orderName": "Property order", "amount": 15000, "cardNumber": "$CARD",
                 "cardExpirationYear": "30", "cardExpirationMonth": "12", "cardInstallmentPlan": 0,
                 "customerEmail": "buyer@example.kr", "metadata": {"a": "b"}}"""));
    }

    @Property(tries = TRIES)
    void paymentWindow(@ForAll("windows") Call call) throws Exception {
        holds(call);
    }

    @Provide
    Arbitrary<Call> windows() {
        return requests(new Template("POST", "/v1/payments", """
                {"orderId": "$ORDER", "orderName": "Window order", "amount": 15000, "method": "CARD",
                 "successUrl": "https://shop.example.kr/ok", "failUrl": "https://shop.example.kr/fail",
                 "customerName": "김민지", "customerEmail": "buyer@example.kr", "taxFreeAmount": 0}"""));
    }

    @Property(tries = TRIES)
    void confirmAndCancel(@ForAll("confirmsAndCancels") Call call) throws Exception {
        holds(call);
    }

    @Provide
    Arbitrary<Call> confirmsAndCancels() {
        return Arbitraries.oneOf(
                requests(new Template("POST", "/v1/payments/confirm",
                        "{\"paymentKey\": \"pay_unknown\", \"orderId\": \"$ORDER\", \"amount\": 15000}")),
                requests(new Template("POST", "/v1/payments/{paymentKey}/cancel",
                        "{\"cancelReason\": \"Property cancel\", \"cancelAmount\": 100, \"taxFreeAmount\": 0}")));
    }

    @Property(tries = TRIES)
    void readsAndLists(@ForAll("reads") Call call) throws Exception {
        holds(call);
    }

    @Provide
    Arbitrary<Call> reads() {
        return Arbitraries.oneOf(
                segments("GET", "/v1/payments/"), segments("GET", "/v1/payments/orders/"),
                segments("GET", "/v1/webhooks/"), segments("DELETE", "/v1/webhooks/"), segments("DELETE", "/v1/billing/"),
                queries("/v1/payments", "from", "to", "status", "limit", "cursor"),
                queries("/v1/events", "after", "cursor", "limit"),
                queries("/v1/settlements", "startDate", "endDate", "dateType", "limit", "cursor"),
                queries("/v1/payouts", "startDate", "endDate"),
                queries("/v1/webhooks", "limit", "cursor"));
    }

    @Property(tries = TRIES)
    void virtualAccounts(@ForAll("virtualAccountRequests") Call call) throws Exception {
        holds(call);
    }

    @Provide
    Arbitrary<Call> virtualAccountRequests() {
        return Arbitraries.oneOf(
                requests(new Template("POST", "/v1/virtual-accounts", """
                        {"orderId": "$ORDER", "orderName": "Transfer order", "amount": 32000, "bank": "88",
                         "customerName": "김민지", "validHours": 24, "customerEmail": "buyer@example.kr"}""")),
                requests(new Template("POST", "/v1/sandbox/virtual-accounts/{paymentKey}/deposit",
                        "{\"amount\": 32000}")));
    }

    @Property(tries = TRIES)
    void billingKeys(@ForAll("billingRequests") Call call) throws Exception {
        holds(call);
    }

    @Provide
    Arbitrary<Call> billingRequests() {
        return Arbitraries.oneOf(
                requests(new Template("POST", "/v1/billing/authorizations/card", """
                        {"customerKey": "customer-props", "cardNumber": "$CARD", "cardExpirationYear": "30",
                         "cardExpirationMonth": "12"}""")),
                requests(new Template("POST", "/v1/billing/{billingKey}", """
                        {"customerKey": "customer-props", "amount": 9900, "orderId": "$ORDER",
                         "orderName": "Monthly plan"}""")));
    }

    @Property(tries = TRIES)
    void webhookEndpoints(@ForAll("webhookRequests") Call call) throws Exception {
        holds(call);
    }

    @Provide
    Arbitrary<Call> webhookRequests() {
        return requests(new Template("POST", "/v1/webhooks",
                "{\"url\": \"https://shop.example.kr/hooks\", \"events\": [\"PAYMENT_STATUS_CHANGED\"]}"));
    }

    // ---- the staff API ----------------------------------------------------------------------------------------

    @Property(tries = TRIES)
    void staffMerchantsFeePlansReviewsAndRuns(@ForAll("staffRequests") Call call) throws Exception {
        holds(call);
    }

    @Provide
    Arbitrary<Call> staffRequests() {
        return Arbitraries.oneOf(
                requests(new Template("POST", "/v1/admin/merchants", """
                        {"name": "Property Books $MARK", "businessNumber": "$BUSINESS", "representative": "Kim Minji",
                         "email": "owner-$MARK@example.kr", "websiteUrl": "https://$MARK.example.kr"}""")),
                requests(new Template("PUT", "/v1/admin/merchants/{merchantId}/fee-plan",
                        "{\"rates\": {\"CARD\": \"3.20\"}, \"fixedFee\": 0, \"settlementCycleDays\": 2}")),
                requests(new Template("POST", "/v1/admin/merchants/{merchantId}/review",
                        "{\"decision\": \"REJECT\", \"note\": \"Property review\"}")),
                requests(new Template("POST", "/v1/admin/settlements/runs", "{\"date\": \"not-a-date\"}")),
                segments("GET", "/v1/admin/merchants/"));
    }

    // ---- what must hold ---------------------------------------------------------------------------------------

    private void holds(Call call) throws Exception {
        Map<String, Long> before = stored();
        HttpResponse<String> answer = send(call);
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        assertThat(status).as("%s answered %d: %s", call, status, answer.body()).isLessThan(500);
        if (status >= 400) {
            assertThat(type).as("%s answered %d as %s", call, status, type).startsWith("application/problem+json");
            Matcher code = CODE.matcher(answer.body());
            assertThat(code.find()).as("%s: a code in %s", call, answer.body()).isTrue();
        }
        if (List.of(400, 404, 405, 413, 415).contains(status)) {
            assertThat(stored()).as("%s was refused (%d) and stored nothing", call, status).isEqualTo(before);
        }
        if (status / 100 == 2 && call.sentText() != null && answer.body().startsWith("{")) {
            String echoed = topLevelText(answer.body(), call.field());
            if (echoed != null) {
                assertThat(echoed).as("%s: %s reads back exactly", call, call.field()).isEqualTo(call.sentText());
            }
        }
    }

    /**
     * What this merchant has stored, table by table, in one statement (a snapshot before and after each of the
     * property's requests: they were sixteen statements on two connections, a sizeable share of the suite's work).
     * A request replaces one field at most, so a merchant it made carries the property's mark in another.
     */
    private Map<String, Long> stored() throws Exception {
        String id = merchant.id();
        String marked = "%" + mark + "%";
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement("""
                select (select count(*) from pay_payment where merchant_id = ?),
                       (select count(*) from pay_transaction t join pay_payment p on p.payment_key = t.payment_key
                        where p.merchant_id = ?),
                       (select count(*) from bil_billing_key where merchant_id = ?),
                       (select count(*) from evt_event where merchant_id = ?),
                       (select count(*) from whk_endpoint where merchant_id = ?),
                       (select count(*) from whk_delivery where merchant_id = ?),
                       (select count(*) from ldg_posting where merchant_id = ?),
                       (select count(*) from mer_merchant where name like ? or email like ? or website_url like ?)""")) {
            Object[] parameters = {id, id, id, id, id, id, id, marked, marked, marked};
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                List<String> names = List.of("payments", "transactions", "billing keys", "events", "webhook endpoints",
                        "webhook deliveries", "postings", "merchants");
                for (int i = 0; i < names.size(); i++) {
                    counts.put(names.get(i), row.getLong(i + 1));
                }
            }
        }
        return counts;
    }

    private HttpResponse<String> send(Call call) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestStack.paygridUrl() + call.path()))
                .timeout(Duration.ofSeconds(30))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        if (call.path().startsWith("/v1/admin/")) {
            request.header("Authorization", "Bearer " + staffToken);
        } else {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((merchant.secretKey() + ":").getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- generators -------------------------------------------------------------------------------------------

    /** A valid request with one field replaced, or the same request's body broken as bytes. */
    private Arbitrary<Call> requests(Template template) {
        List<String> fields = fieldsOf(template.body());
        Arbitrary<Call> oneFieldReplaced = Combinators.combine(Arbitraries.of(fields), values())
                .as((field, value) -> withField(template, field, value));
        Arbitrary<Call> broken = Arbitraries.of(Breakage.values()).map(breakage -> breakage.apply(fill(template)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, oneFieldReplaced), net.jqwik.api.Tuple.of(1, broken));
    }

    /** A generated JSON value: {@code text} is set when it is a string (the exact text sent). */
    record Value(String json, String text) {

        @Override
        public String toString() {
            return json.length() > 200 ? json.substring(0, 200) + "...(" + json.length() + " chars)" : json;
        }
    }

    private static Arbitrary<Value> values() {
        Arbitrary<Value> texts = Arbitraries.oneOf(
                        Arbitraries.strings().all().ofMaxLength(40),
                        Arbitraries.strings().withCharRange('가', '힣').withChars(" -.😀👩‍💻").ofMinLength(1).ofMaxLength(30),
                        Arbitraries.of("", " ", "\u0000", "\r\nX-Injected: 1", "\u001b[31mred", "\ud800", "\udc00x",
                                "\u202eevil", "\ufeffbom", "\uffff", "' or '1'='1", "\"; drop table pay_payment; --",
                                "<script>alert(1)</script>", "${jndi:ldap://x}", "../../etc/passwd", "%00", "null",
                                "4330123456789018", "1e309", "NaN", "2026-02-30", "2026-12-07T25:00:00Z"),
                        Arbitraries.integers().between(101, 5000).map(n -> "x".repeat(n)))
                .map(text -> new Value(Json.string(text), text));
        Arbitrary<Value> numbers = Arbitraries.oneOf(
                        Arbitraries.longs().map(String::valueOf),
                        Arbitraries.of("0", "-1", "1.5", "-0.0", "1e20", "1E-7", "9223372036854775808",
                                "-9223372036854775809", "123456789012345678901234567890", "1e309"))
                .map(number -> new Value(number, null));
        Arbitrary<Value> others = Arbitraries.of("null", "true", "false", "[]", "{}", "[1, 2]", "{\"a\": {\"b\": []}}",
                        "[" + "[".repeat(3000) + "]".repeat(3000) + "]", "{\"$ORDER\": \"x\"}")
                .map(other -> new Value(other, null));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, texts), net.jqwik.api.Tuple.of(3, numbers),
                net.jqwik.api.Tuple.of(2, others));
    }

    /** Ways to break a valid body as bytes or headers. */
    enum Breakage {
        INVALID_UTF8, TRUNCATED, DUPLICATE_KEYS, BYTE_ORDER_MARK, NOT_JSON, FORM_CONTENT_TYPE, NO_BODY, DEEP_NESTING;

        Call apply(Call valid) {
            String body = new String(valid.body(), StandardCharsets.UTF_8);
            return switch (this) {
                case INVALID_UTF8 -> valid.with("application/json", concat(body.substring(0, body.length() / 2)
                        .getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                        body.substring(body.length() / 2).getBytes(StandardCharsets.UTF_8)));
                case TRUNCATED -> valid.with("application/json", body.substring(0, body.length() * 2 / 3)
                        .getBytes(StandardCharsets.UTF_8));
                case DUPLICATE_KEYS -> valid.with("application/json", body.replaceFirst("\\{",
                        "{\"orderId\": \"dup-1\", \"amount\": 1, ").getBytes(StandardCharsets.UTF_8));
                case BYTE_ORDER_MARK -> valid.with("application/json", concat(new byte[] {(byte) 0xEF, (byte) 0xBB,
                        (byte) 0xBF}, valid.body()));
                case NOT_JSON -> valid.with("application/json", "orderId=1&amount=2".getBytes(StandardCharsets.UTF_8));
                case FORM_CONTENT_TYPE -> valid.with("application/x-www-form-urlencoded", valid.body());
                case NO_BODY -> valid.with("application/json", new byte[0]);
                case DEEP_NESTING -> valid.with("application/json", ("{\"a\": " + "[".repeat(3000) + "]".repeat(3000)
                        + "}").getBytes(StandardCharsets.UTF_8));
            };
        }
    }

    /**
     * Generated path segments after a prefix, percent-encoded byte by byte. Without NUL: Payara's HTTP layer
     * refuses {@code %00} in a path with an empty 400 before any application code (docs/security.md); in production
     * the proxy answers it as problem+json first ({@code ProductionProxyIT}).
     */
    private Arbitrary<Call> segments(String method, String prefix) {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(80)
                                .filter(segment -> encodable(segment) && segment.indexOf('\0') < 0),
                        Arbitraries.of("%00", "..", "pay_unknown", "x".repeat(3000), "🍵", "' or 1=1 --"))
                .map(segment -> new Call(method, prefix + encode(segment), null, null, null, null));
    }

    /** A list endpoint with generated values for its query parameters. */
    private Arbitrary<Call> queries(String path, String... names) {
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60)
                        .filter(ContractProperties::encodable),
                Arbitraries.of("0", "-1", "101", "99999999999999999999", "2026-12-07", "2026-13-40", "2026-12-07T00:00:00Z",
                        "DONE", "done", "", "null", "%00"));
        return Arbitraries.subsetOf(names).ofMinSize(1).flatMap(chosen -> value.list().ofSize(chosen.size())
                .map(values -> {
                    StringBuilder query = new StringBuilder();
                    int i = 0;
                    for (String name : chosen) {
                        query.append(i == 0 ? "?" : "&").append(name).append('=').append(encode(values.get(i++)));
                    }
                    return new Call("GET", path + query, null, null, null, null);
                }));
    }

    private Call withField(Template template, String field, Value value) {
        String body = template.body().replaceFirst("\"" + Pattern.quote(field) + "\"\\s*:\\s*(\\{[^}]*\\}|\\[[^]]*\\]|\"[^\"]*\"|[^,}\\n]+)",
                Matcher.quoteReplacement("\"" + field + "\": " + value.json()));
        Call filled = fill(new Template(template.method(), template.path(), body));
        return new Call(filled.method(), filled.path(), filled.contentType(), filled.body(), field, value.text());
    }

    private Call fill(Template template) {
        String body = template.body().replace("$ORDER", newOrderId()).replace("$CARD", Cards.fresh())
                .replace("$BUSINESS", TestStack.newBusinessNumber()).replace("$MARK", mark);
        String path = template.path().replace("{paymentKey}", paymentKey).replace("{billingKey}", billingKey)
                .replace("{merchantId}", merchant.id());
        return new Call(template.method(), path, "application/json", body.getBytes(StandardCharsets.UTF_8), null, null);
    }

    private static List<String> fieldsOf(String body) {
        return Pattern.compile("\"(\\w+)\"\\s*:").matcher(body).results().map(m -> m.group(1)).distinct().toList();
    }

    /** The value of a top-level string field of a JSON object, if it has one; null otherwise. */
    private static String topLevelText(String body, String field) {
        try {
            return io.restassured.path.json.JsonPath.from(body).get("'" + field + "'") instanceof String text ? text : null;
        } catch (RuntimeException notAnObject) {
            return null;
        }
    }

    private static String keyIn(String orderId, long amount) {
        return """
                {"orderId": "%s", "orderName": "Property order", "amount": %d, "cardNumber": "%s",
                 "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(orderId, amount, Cards.fresh());
    }

    private static String newOrderId() {
        return "prop-" + UUID.randomUUID().toString().substring(0, 18);
    }

    /** Text that UTF-8 can carry (no lone surrogate): what a URL can hold. */
    private static boolean encodable(String text) {
        return StandardCharsets.UTF_8.newEncoder().canEncode(text);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String printable(byte[] body) {
        if (body == null) {
            return "(no body)";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String shown = Json.string(text);
        return shown.length() > 400 ? shown.substring(0, 400) + "...(" + body.length + " bytes)" : shown;
    }
}
