package org.paygrid.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.StandardWebhooks;
import org.paygrid.testkit.Cards;

/**
 * Webhooks end to end (contract section 7), seen from a merchant's receiver: a JDK HTTP server on 127.0.0.1:9391
 * that records every request and checks every signature the way a Standard Webhooks consumer does, independently
 * of the platform's code. Needs the test domain's short retry schedule (./paygrid sets it for PAYGRID_PROFILE=test).
 */
@PaygridIT
class WebhookDeliveryIT {

    private static final int RECEIVER_PORT = 9391;
    private static final String RECEIVER = "http://127.0.0.1:" + RECEIVER_PORT;
    private static final String APPROVED_CARD = "4330123456789018";
    private static final String PROBLEM_JSON = "application/problem+json";
    /** Requests to this path fail the first two attempts of every PARTIAL_CANCELED event. */
    private static final String FLAKY_PATH = "/hooks/flaky";
    /** Requests to this path are answered with a redirect to {@link #REDIRECT_TARGET}, which must never be called. */
    private static final String REDIRECT_PATH = "/hooks/moved";
    private static final String REDIRECT_TARGET = "/hooks/moved-here";

    private static final List<Received> received = new CopyOnWriteArrayList<>();
    private static final Map<String, AtomicInteger> attemptsById = new ConcurrentHashMap<>();
    private static HttpServer receiver;
    private static ExecutorService receiverThreads;
    private static TestMerchant shop;
    private static TestMerchant otherShop;

    /** One request as the receiver got it, and what it answered. */
    record Received(String path, String webhookId, String timestamp, String signature, byte[] body, int answer) {
        JsonPath json() {
            return JsonPath.from(new String(body, StandardCharsets.UTF_8));
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        boolean about(String paymentKey) {
            return paymentKey.equals(json().getString("data.paymentKey"));
        }

        String paymentStatus() {
            return json().getString("data.status");
        }

        boolean delivered() {
            return answer >= 200 && answer < 300;
        }
    }


    @BeforeAll
    static void startReceiver() throws IOException {
        shop = TestMerchant.create("Webhook Shop");
        otherShop = TestMerchant.create("Webhook Other Shop");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", RECEIVER_PORT), 0);
        receiver.createContext("/hooks/", WebhookDeliveryIT::receive);
        receiverThreads = Executors.newFixedThreadPool(4);
        receiver.setExecutor(receiverThreads);
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
            receiverThreads.shutdownNow();
        }
    }

    private static void receive(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String path = exchange.getRequestURI().getPath();
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        int attempt = attemptsById.computeIfAbsent(path + " " + id, k -> new AtomicInteger()).incrementAndGet();
        boolean fail = FLAKY_PATH.equals(path) && attempt <= 2
                && new String(body, StandardCharsets.UTF_8).contains("\"status\":\"PARTIAL_CANCELED\"");
        int status = fail ? 500 : REDIRECT_PATH.equals(path) ? 307 : 200;
        if (status == 307) {
            exchange.getResponseHeaders().add("Location", RECEIVER + REDIRECT_TARGET);
        }
        received.add(new Received(path, id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"), body, status));
        byte[] answer = (fail ? "try again later" : "ok").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Test
    void deliversSignedEventsInOrderPerPaymentAndRetriesAFailureWithTheSameWebhookId() {
        String path = FLAKY_PATH;
        JsonPath webhook = shop.api().body("""
                        {"url": "%s%s", "events": ["PAYMENT_STATUS_CHANGED"]}""".formatted(RECEIVER, path))
                .post("/v1/webhooks")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/v1/webhooks/whk_[A-Za-z0-9]+"))
                .body("id", matchesPattern("whk_[A-Za-z0-9]{24}"))
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{32}"))
                .body("events", equalTo(List.of("PAYMENT_STATUS_CHANGED")))
                .body("status", equalTo("ACTIVE"))
                .extract().jsonPath();
        String secret = webhook.getString("secret");

        String paymentKey = keyIn(shop, 15_000);
        shop.api().body("{\"cancelReason\": \"one item out of stock\", \"cancelAmount\": 5000}")
                .post("/v1/payments/" + paymentKey + "/cancel").then().statusCode(200)
                .body("status", equalTo("PARTIAL_CANCELED"));

        awaitReceived(r -> r.path().equals(path) && r.about(paymentKey) && r.delivered()
                && "PARTIAL_CANCELED".equals(r.paymentStatus()));
        List<Received> forPayment = received.stream().filter(r -> r.path().equals(path) && r.about(paymentKey)).toList();
        forPayment.forEach(r -> verifySignature(r, secret));
        forPayment.forEach(r -> assertThat(r.json().getString("id")).isEqualTo(r.webhookId()));

        // exactly the two status changes, in the order they happened, each delivered once
        assertThat(forPayment.stream().filter(Received::delivered).map(Received::paymentStatus).toList())
                .containsExactly("DONE", "PARTIAL_CANCELED");
        assertThat(forPayment.stream().map(r -> r.json().getString("type")).distinct().toList())
                .containsExactly("PAYMENT_STATUS_CHANGED");
        assertThat(forPayment.get(0).paymentStatus()).isEqualTo("DONE");

        // the failed event came three times with one webhook-id (500, 500, then 200), each signed anew
        List<Received> canceled = forPayment.stream().filter(r -> "PARTIAL_CANCELED".equals(r.paymentStatus())).toList();
        assertThat(canceled).extracting(Received::answer).containsExactly(500, 500, 200);
        assertThat(canceled).extracting(Received::webhookId).containsOnly(canceled.get(0).webhookId());
        assertThat(canceled).extracting(Received::bodyText).containsOnly(canceled.get(0).bodyText());
        assertThat(Long.parseLong(canceled.get(2).timestamp())).isGreaterThanOrEqualTo(Long.parseLong(canceled.get(0).timestamp()));

        // GET /v1/events lists the same events, oldest first, with the very bytes the webhook carried
        List<String> pages = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        for (String after = null; ; ) {
            Response page = shop.api().queryParam("limit", 100).queryParam("after", after == null ? "" : after)
                    .get("/v1/events");
            page.then().statusCode(200).contentType("application/json");
            pages.add(page.asString());
            List<Map<String, Object>> items = page.jsonPath().getList("items");
            items.stream().filter(e -> paymentKey.equals(((Map<?, ?>) e.get("data")).get("paymentKey")))
                    .forEach(e -> eventIds.add((String) e.get("id")));
            after = page.jsonPath().getString("nextCursor");
            if (after == null) {
                break;
            }
        }
        Received done = forPayment.stream().filter(r -> "DONE".equals(r.paymentStatus())).findFirst().orElseThrow();
        assertThat(eventIds).containsExactly(done.webhookId(), canceled.get(0).webhookId());
        assertThat(String.join("", pages)).contains(done.bodyText()).contains(canceled.get(0).bodyText());
    }

    @Test
    void anotherMerchantsWebhookAndEventsAnswerNotFound() {
        String webhookId = register(shop, "/hooks/bola");
        String eventId = eventOf(shop, keyIn(shop, 1_000));

        otherShop.api().delete("/v1/webhooks/" + webhookId).then().statusCode(404).contentType(PROBLEM_JSON)
                .body("code", equalTo("NOT_FOUND_WEBHOOK"));
        otherShop.api().get("/v1/webhooks/" + webhookId).then().statusCode(404).body("code", equalTo("NOT_FOUND_WEBHOOK"));
        otherShop.api().get("/v1/webhooks/" + webhookId + "/secret").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND_WEBHOOK"));
        otherShop.api().post("/v1/webhooks/" + webhookId + "/events/" + eventId + "/resend").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND_WEBHOOK"));
        String otherWebhook = register(otherShop, "/hooks/bola-other");
        otherShop.api().post("/v1/webhooks/" + otherWebhook + "/events/" + eventId + "/resend").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND_EVENT"));
        otherShop.api().queryParam("after", eventId).get("/v1/events").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND_EVENT"));
        assertThat(otherShop.api().get("/v1/webhooks").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class)).containsExactly(otherWebhook);

        // still the owner's, untouched; a client key may not manage webhooks
        shop.api().get("/v1/webhooks/" + webhookId).then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("secret", equalTo(null)).body("secretHint", matchesPattern("whsec_.{4}…"));
        TestMerchant.withKey(shop.clientKey()).get("/v1/webhooks").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN_KEY"));
        shop.api().delete("/v1/webhooks/" + webhookId).then().statusCode(204);
        shop.api().get("/v1/webhooks/" + webhookId).then().statusCode(404);
    }

    @Test
    void staffSeeEveryAttemptAndCanResendAndTheResendIsAudited() {
        String path = "/hooks/staff";
        JsonPath webhook = shop.api().body("{\"url\": \"" + RECEIVER + path + "\"}").post("/v1/webhooks")
                .then().statusCode(201).body("events", equalTo(List.of())).extract().jsonPath();
        String webhookId = webhook.getString("id");
        String secret = webhook.getString("secret");
        String paymentKey = keyIn(shop, 3_000);
        Received first = awaitReceived(r -> r.path().equals(path) && r.about(paymentKey) && r.delivered());
        verifySignature(first, secret);

        String support = TestStack.userToken("support");
        JsonPath list = TestMerchant.staff(support).queryParam("merchantId", shop.id()).queryParam("limit", 100)
                .get("/v1/admin/webhook-deliveries").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = list.getList("items");
        Map<String, Object> delivery = items.stream().filter(d -> first.webhookId().equals(d.get("eventId"))
                        && webhookId.equals(d.get("webhookId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no delivery of " + first.webhookId() + " in " + items));
        Object deliveryId = delivery.get("id");
        assertThat(delivery.get("status")).isEqualTo("DELIVERED");
        assertThat(delivery.get("attemptCount")).isEqualTo(1);
        assertThat(delivery.get("orderingKey")).isEqualTo(paymentKey);

        TestMerchant.staff(support).get("/v1/admin/webhook-deliveries/" + deliveryId).then().statusCode(200)
                .body("url", equalTo(RECEIVER + path))
                .body("attempts.size()", equalTo(1))
                .body("attempts[0].httpStatus", equalTo(200))
                .body("attempts[0].responseExcerpt", equalTo("ok"))
                .body("attempts[0].error", equalTo(null))
                .body("attempts[0].latencyMs", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
        TestMerchant.staff(TestStack.userToken("finance")).get("/v1/admin/webhook-deliveries").then().statusCode(403);
        TestMerchant.staff(support).get("/v1/admin/webhook-deliveries/999999999").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND_WEBHOOK_DELIVERY"));

        Object resentId = TestMerchant.staff(support).post("/v1/admin/webhook-deliveries/" + deliveryId + "/resend")
                .then().statusCode(202).body("resendOf", equalTo(deliveryId)).body("eventId", equalTo(first.webhookId()))
                .extract().path("id");
        assertThat(resentId).isNotEqualTo(deliveryId);
        awaitReceived(r -> r.path().equals(path) && r.webhookId().equals(first.webhookId()) && r != first);
        List<Received> both = received.stream().filter(r -> r.path().equals(path)
                && r.webhookId().equals(first.webhookId())).toList();
        assertThat(both).hasSize(2);
        both.forEach(r -> verifySignature(r, secret));
        assertThat(both.get(1).bodyText()).isEqualTo(first.bodyText());

        TestMerchant.staff().queryParam("targetType", "WEBHOOK_DELIVERY").queryParam("targetId", String.valueOf(deliveryId))
                .get("/v1/admin/audit-log").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].action", equalTo("WEBHOOK_RESENT"))
                .body("items[0].actor", equalTo("support"));

        // the merchant may resend too, by event id
        shop.api().post("/v1/webhooks/" + webhookId + "/events/" + first.webhookId() + "/resend").then().statusCode(202)
                .body("webhookId", equalTo(webhookId));
        awaitReceived(r -> r.path().equals(path) && r.webhookId().equals(first.webhookId()) && !both.contains(r));
    }

    @Test
    void refusesBadRegistrationsWithTheFieldNamed() {
        shop.api().body("{\"url\": \"ftp://shop.example/hooks\"}").post("/v1/webhooks").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("code", equalTo("INVALID_REQUEST"))
                .body("message", matchesPattern("url: .*"));
        shop.api().body("{\"url\": \"" + RECEIVER + "/hooks/x\", \"events\": [\"PAYMENT_DONE\"]}").post("/v1/webhooks")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST")).body("message", matchesPattern("events: .*"));
        // the dashboard's test event goes to the endpoint tested, never to subscribers
        shop.api().body("{\"url\": \"" + RECEIVER + "/hooks/x\", \"events\": [\"WEBHOOK_TEST\"]}").post("/v1/webhooks")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST")).body("message", matchesPattern("events: .*"));
        shop.api().body("{}").post("/v1/webhooks").then().statusCode(400).body("message", matchesPattern("url: .*"));
        shop.api().queryParam("limit", 0).get("/v1/events").then().statusCode(400).body("code", equalTo("INVALID_REQUEST"));
    }

    @Test
    void aReplayedRegistrationAnswersTheWebhookWithItsSecretMaskedAndNoSecretIsStored() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"url\": \"" + RECEIVER + "/hooks/replayed\"}";
        JsonPath first = shop.api().header("Idempotency-Key", key).body(body).post("/v1/webhooks")
                .then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                .extract().jsonPath();
        String secret = first.getString("secret");
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(20);
        shop.api().header("Idempotency-Key", key).body(body).post("/v1/webhooks")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.getString("id")))
                .body("secret", equalTo(secret.substring(0, 10) + "…"));
        try (java.sql.Connection db = TestStack.database(); java.sql.PreparedStatement sql = db.prepareStatement(
                "select response_body from idm_idempotency_key where idem_key = ?")) {
            sql.setString(1, key);
            try (java.sql.ResultSet row = sql.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(new String(row.getBytes(1), java.nio.charset.StandardCharsets.UTF_8))
                        .contains(first.getString("id")).doesNotContain(secret.substring(10));
            }
        }
    }

    @Test
    void refusesUrlsThatReachThePlatformOrAPrivateNetwork() {
        for (String url : List.of("http://127.0.0.1:9080/v1/payments", "http://localhost:9048/management/domain",
                "http://[::1]:9380/admin/faults", "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/hooks",
                "http://192.168.0.1/hooks", "http://api.localhost:9080/hooks")) {
            shop.api().body("{\"url\": \"" + url + "\"}").post("/v1/webhooks").then().statusCode(400)
                    .contentType(PROBLEM_JSON).body("code", equalTo("INVALID_WEBHOOK_URL"))
                    .body("message", matchesPattern("url: .*"));
        }
    }

    @Test
    void checksTheAddressAgainBeforeEachAttemptAndNeverConnectsToAForbiddenOne() throws Exception {
        String webhookId = register(shop, "/hooks/rebound");
        // as if the name now resolved to the platform's admin port: the attempt must not connect there
        try (java.sql.Connection db = TestStack.database(); java.sql.PreparedStatement sql = db.prepareStatement(
                "update whk_endpoint set url = ? where id = ?")) {
            sql.setString(1, "http://127.0.0.1:9048/management/domain");
            sql.setString(2, webhookId);
            assertThat(sql.executeUpdate()).isEqualTo(1);
        }
        keyIn(shop, 1_500);
        String support = TestStack.userToken("support");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> deliveries = TestMerchant.staff(support).queryParam("merchantId", shop.id())
                    .queryParam("limit", 100).get("/v1/admin/webhook-deliveries").then().statusCode(200)
                    .extract().jsonPath().getList("items");
            Object deliveryId = deliveries.stream().filter(d -> webhookId.equals(d.get("webhookId")))
                    .map(d -> d.get("id")).findFirst().orElseThrow();
            TestMerchant.staff(support).get("/v1/admin/webhook-deliveries/" + deliveryId).then().statusCode(200)
                    .body("attempts[0].httpStatus", equalTo(null))
                    .body("attempts[0].error", matchesPattern("refused: .*platform's own services.*"));
        });
    }

    @Test
    void neverFollowsARedirect() {
        String webhookId = register(shop, REDIRECT_PATH);
        String paymentKey = keyIn(shop, 1_700);
        awaitReceived(r -> r.path().equals(REDIRECT_PATH) && r.about(paymentKey));
        String support = TestStack.userToken("support");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
            Object deliveryId = TestMerchant.staff(support).queryParam("merchantId", shop.id())
                    .queryParam("limit", 100).get("/v1/admin/webhook-deliveries").then().statusCode(200)
                    .extract().jsonPath().getList("items", Map.class).stream()
                    .filter(d -> webhookId.equals(d.get("webhookId"))).map(d -> d.get("id")).findFirst().orElseThrow();
            TestMerchant.staff(support).get("/v1/admin/webhook-deliveries/" + deliveryId).then().statusCode(200)
                    .body("status", not(equalTo("DELIVERED")))
                    .body("attempts[0].httpStatus", equalTo(307));
        });
        assertThat(received.stream().filter(r -> r.path().equals(REDIRECT_TARGET))).isEmpty();
        shop.api().delete("/v1/webhooks/" + webhookId).then().statusCode(204);
    }

    @Test
    void aDeletedWebhookReceivesNothingMore() {
        String path = "/hooks/deleted";
        String webhookId = register(shop, path);
        // a second endpoint that stays: once it has the event, the dispatcher has handled it for every endpoint
        String witness = "/hooks/deleted-witness";
        String witnessId = register(shop, witness);
        shop.api().delete("/v1/webhooks/" + webhookId).then().statusCode(204);
        assertThat(shop.api().get("/v1/webhooks").then().extract().jsonPath().getList("items.id", String.class))
                .doesNotContain(webhookId);
        String paymentKey = keyIn(shop, 2_000);
        awaitReceived(r -> r.path().equals(witness) && r.about(paymentKey));
        assertThat(received.stream().filter(r -> r.path().equals(path) && r.about(paymentKey))).isEmpty();
        shop.api().delete("/v1/webhooks/" + witnessId).then().statusCode(204);
    }

    /**
     * Each server keeps what a merchant's endpoints subscribe to (Subscriptions): the merchant's first payment
     * leaves it keeping "no endpoint", and the registration that follows must reach the very next payment.
     */
    @Test
    void anEndpointRegisteredAfterTheMerchantsFirstPaymentsReceivesTheNextPaymentsEvent() {
        TestMerchant late = TestMerchant.create("Late Webhook Shop");
        keyIn(late, 1_000);
        String path = "/hooks/registered-late";
        String webhookId = register(late, path);
        String paymentKey = keyIn(late, 2_000);
        awaitReceived(r -> r.path().equals(path) && r.about(paymentKey));
        late.api().delete("/v1/webhooks/" + webhookId).then().statusCode(204);
    }

    private static String register(TestMerchant merchant, String path) {
        return merchant.api().body("{\"url\": \"" + RECEIVER + path + "\"}").post("/v1/webhooks")
                .then().statusCode(201).extract().path("id");
    }

    private static String keyIn(TestMerchant merchant, long amount) {
        return merchant.api().body("""
                        {"orderId": "%s", "orderName": "Hanbit Books: 2 items", "amount": %d, "cardNumber": "%s",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}"""
                        .formatted("order-" + UUID.randomUUID().toString().substring(0, 18), amount, Cards.fresh()))
                .post("/v1/payments/key-in").then().statusCode(200).body("status", equalTo("DONE"))
                .extract().path("paymentKey");
    }

    /** The id of the merchant's first event about this payment. */
    private static String eventOf(TestMerchant merchant, String paymentKey) {
        for (String after = null; ; ) {
            JsonPath page = merchant.api().queryParam("limit", 100).queryParam("after", after == null ? "" : after)
                    .get("/v1/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> event : items) {
                if (paymentKey.equals(((Map<?, ?>) event.get("data")).get("paymentKey"))) {
                    return (String) event.get("id");
                }
            }
            after = page.getString("nextCursor");
            if (after == null) {
                throw new AssertionError("no event about " + paymentKey);
            }
        }
    }

    private static Received awaitReceived(Predicate<Received> wanted) {
        return org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(100))
                .alias("the receiver gets the expected request (it has " + received.size() + " so far)")
                .until(() -> received.stream().filter(wanted).findFirst(), java.util.Optional::isPresent).get();
    }

    /**
     * Standard Webhooks verification as a consumer writes it ({@link StandardWebhooks}), and the timestamp must be
     * recent.
     */
    private static void verifySignature(Received request, String secret) {
        assertThat(request.webhookId()).as("webhook-id").startsWith("evt_");
        long timestamp = Long.parseLong(request.timestamp());
        assertThat(Math.abs(System.currentTimeMillis() / 1000 - timestamp)).as("timestamp skew").isLessThan(300);
        assertThat(StandardWebhooks.verifies(secret, request.webhookId(), request.timestamp(), request.signature(),
                request.body())).as("signature " + request.signature() + " of " + request.webhookId()).isTrue();
    }

}
