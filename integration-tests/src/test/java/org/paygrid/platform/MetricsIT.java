package org.paygrid.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.testkit.Cards;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The business metrics at {@code /metrics} (docs/operations.md, "Metrics"), read as Prometheus reads them: each
 * approval, decline, cancel and webhook delivery moves its own counter and histogram by exactly what it did, and
 * a card network that stops answering shows as network errors and unknown outcomes, which fall back once the
 * reconciler has its answers.
 */
@PaygridIT
@Isolated("it counts the process-wide metrics moving by exactly its own calls, and slows the network for all")
class MetricsIT {

    private static final String DECLINED_CARD = "4000000000000002";
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)$");

    @Test
    void eachApprovalDeclineCancelAndDeliveryMovesItsFiguresByExactlyWhatItDid() throws Exception {
        AtomicInteger received = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 9398), 0);
        receiver.createContext("/hooks/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            TestMerchant shop = TestMerchant.create("Metrics Shop");
            shop.api().body("{\"url\": \"http://127.0.0.1:9398/hooks/metrics\"}").post("/v1/webhooks")
                    .then().statusCode(201);
            String before = scrape();

            String approved = keyIn(shop, Cards.fresh()).then().statusCode(200).extract().path("paymentKey");
            keyIn(shop, Cards.fresh()).then().statusCode(200);
            keyIn(shop, DECLINED_CARD).then().statusCode(402).body("code", equalTo("REJECT_CARD_COMPANY"));
            shop.api().body("{\"cancelReason\": \"Metrics\", \"cancelAmount\": 5000}")
                    .post("/v1/payments/" + approved + "/cancel").then().statusCode(200);
            // four events (two approvals, the declined attempt, the cancel), one delivery each
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> received.get() == 4);
            String after = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(MetricsIT::scrape, now -> moved(before, now, "paygrid_webhook_deliveries_total",
                            Map.of("outcome", "delivered")) >= 4);

            assertThat(moved(before, after, "paygrid_payment_attempts_total",
                    Map.of("method", "CARD", "mode", "TEST", "outcome", "approved"))).isEqualTo(2);
            assertThat(moved(before, after, "paygrid_payment_attempts_total",
                    Map.of("method", "CARD", "mode", "TEST", "outcome", "declined"))).isEqualTo(1);
            assertThat(moved(before, after, "paygrid_payment_declines_total",
                    Map.of("method", "CARD", "code", "REJECT_CARD_COMPANY"))).isEqualTo(1);
            assertThat(moved(before, after, "paygrid_payment_approval_seconds_count", Map.of())).isEqualTo(3);
            assertThat(moved(before, after, "paygrid_payment_approval_seconds_bucket", Map.of("le", "+Inf")))
                    .as("the histogram's buckets").isEqualTo(3);
            assertThat(moved(before, after, "paygrid_network_call_seconds_count", Map.of("network", "card")))
                    .as("three authorizations and one cancel at the card network").isEqualTo(4);
            assertThat(moved(before, after, "paygrid_cancels_total",
                    Map.of("method", "CARD", "mode", "TEST", "kind", "partial"))).isEqualTo(1);
            assertThat(moved(before, after, "paygrid_cancel_seconds_count", Map.of("kind", "partial"))).isEqualTo(1);
            assertThat(moved(before, after, "paygrid_webhook_deliveries_total", Map.of("outcome", "delivered")))
                    .isEqualTo(4);
            assertThat(moved(before, after, "paygrid_fds_decisions_total", Map.of("rule", "none", "decision", "ALLOW")))
                    .isEqualTo(3);
            assertThat(moved(before, after, "paygrid_http_requests_total",
                    Map.of("route", "POST /v1/payments/key-in", "status", "200"))).isEqualTo(2);
            assertThat(moved(before, after, "paygrid_http_requests_total",
                    Map.of("route", "POST /v1/payments/key-in", "status", "402"))).isEqualTo(1);
            assertThat(moved(before, after, "paygrid_http_requests_total",
                    Map.of("route", "POST /v1/payments/{paymentKey}/cancel", "status", "200"))).isEqualTo(1);
            assertThat(after).as("no label carries a payment key or a merchant")
                    .doesNotContain(approved).doesNotContain(shop.id());
            assertThat(value(after, "jvm_uptime_seconds", Map.of())).as("the server's own figures too").isPositive();
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void aNetworkThatStopsAnsweringShowsAsErrorsAndUnknownOutcomesUntilTheReconcilerResolvesThem() {
        TestMerchant shop = TestMerchant.create("Metrics Outage Shop");
        String before = scrape();
        String orderId = "metrics-" + UUID.randomUUID().toString().substring(0, 12);
        simulator().body("{\"latencyMs\": 3000, \"failureRate\": 0}").put("/admin/faults").then().statusCode(200);
        try {
            shop.api().body(body(orderId, Cards.fresh())).post("/v1/payments/key-in")
                    .then().statusCode(504).body("code", equalTo("ACQUIRER_TIMEOUT"));
            String during = await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                    .until(MetricsIT::scrape, now -> value(now, "paygrid_unknown_outcomes", Map.of()) >= 1);
            assertThat(moved(before, during, "paygrid_network_errors_total",
                    Map.of("network", "card", "kind", "timeout"))).as("the authorization, at least")
                    .isGreaterThanOrEqualTo(1);
            assertThat(moved(before, during, "paygrid_payment_attempts_total",
                    Map.of("method", "CARD", "mode", "TEST", "outcome", "unknown"))).isEqualTo(1);
        } finally {
            simulator().body("{\"latencyMs\": 0, \"failureRate\": 0}").put("/admin/faults").then().statusCode(200);
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> value(scrape(), "paygrid_unknown_outcomes", Map.of()) == 0);
        shop.api().get("/v1/payments/orders/" + orderId).then().statusCode(200).body("status", equalTo("DONE"));
    }

    private static io.restassured.response.Response keyIn(TestMerchant shop, String card) {
        return shop.api().body(body("metrics-" + UUID.randomUUID().toString().substring(0, 12), card))
                .post("/v1/payments/key-in");
    }

    private static String body(String orderId, String card) {
        return """
                {"orderId": "%s", "orderName": "Metrics", "amount": 15000, "cardNumber": "%s",
                 "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(orderId, card);
    }

    private static io.restassured.specification.RequestSpecification simulator() {
        return given().baseUri(TestStack.simulatorUrl()).contentType(ContentType.JSON);
    }

    private static String scrape() {
        return given().baseUri(TestStack.paygridUrl()).get("/metrics").then().statusCode(200).extract().asString();
    }

    /** How much the samples of a metric whose labels include {@code labels} moved between two scrapes. */
    private static double moved(String before, String after, String name, Map<String, String> labels) {
        return value(after, name, labels) - value(before, name, labels);
    }

    /** The sum of the samples of a metric whose labels include {@code labels} (0 when there is none yet). */
    private static double value(String exposition, String name, Map<String, String> labels) {
        double sum = 0;
        for (String line : exposition.lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches() || !sample.group(1).equals(name)) {
                continue;
            }
            String found = sample.group(3) == null ? "" : sample.group(3);
            if (labels.entrySet().stream().allMatch(l -> found.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                sum += Double.parseDouble(sample.group(4));
            }
        }
        return sum;
    }
}
