package org.paygrid.network;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;
import org.paygrid.testkit.Cards;

/**
 * The card network simulator as an outside party: its books agree with the platform's payment by payment,
 * and it answers malformed calls in its own JSON error format.
 */
@PaygridIT
class CardNetworkBooksIT {

    private static final String CARD = "4330123456789018";


    private static RequestSpecification simulator() {
        return given().baseUri(TestStack.simulatorUrl()).contentType(ContentType.JSON);
    }

    private static String keyIn(TestMerchant merchant, long amount) {
        return merchant.api().body("""
                        {"orderId": "books-%s", "orderName": "Books check", "amount": %d, "cardNumber": "%s",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 18), amount, CARD))
                .post("/v1/payments/key-in").then().statusCode(200).extract().path("paymentKey");
    }

    @Test
    void theNetworksBooksAgreeWithThePlatformsPaymentByPayment() throws Exception {
        TestMerchant merchant = TestMerchant.create("Books Shop");
        String untouched = keyIn(merchant, 12_000);
        String partly = keyIn(merchant, 30_000);
        String whole = keyIn(merchant, 8_000);
        merchant.api().body("{\"cancelReason\": \"one item\", \"cancelAmount\": 7000}")
                .post("/v1/payments/" + partly + "/cancel").then().statusCode(200);
        merchant.api().body("{\"cancelReason\": \"another\", \"cancelAmount\": 3000}")
                .post("/v1/payments/" + partly + "/cancel").then().statusCode(200);
        merchant.api().body("{\"cancelReason\": \"all\"}").post("/v1/payments/" + whole + "/cancel").then().statusCode(200);

        for (String paymentKey : List.of(untouched, partly, whole)) {
            JsonPath platform = merchant.api().get("/v1/payments/" + paymentKey).then().statusCode(200).extract().jsonPath();
            JsonPath network = simulator().get("/card/authorizations/" + networkReference(paymentKey))
                    .then().statusCode(200).extract().jsonPath();
            String platformStatus = platform.getString("status");
            assertThat(network.getString("status")).as(paymentKey)
                    .isEqualTo("DONE".equals(platformStatus) ? "APPROVED" : platformStatus);
            assertThat(network.getLong("amount")).as(paymentKey).isEqualTo(platform.getLong("totalAmount"));
            assertThat(network.getLong("canceledAmount")).as(paymentKey)
                    .isEqualTo(platform.getLong("totalAmount") - platform.getLong("balanceAmount"));
            assertThat(network.getString("approveNo")).as(paymentKey).isEqualTo(platform.getString("card.approveNo"));
            assertThat(network.getString("issuerCode")).isEqualTo(platform.getString("card.issuerCode"));
        }
    }

    @Test
    void aReversalBarsAnAttemptThatHasNotArrivedAndLeavesOneThatHas() {
        String reference = "auth_rev_" + UUID.randomUUID().toString().substring(0, 12);
        simulator().body("{\"amount\": 5000}").post("/card/authorizations/" + reference + "/reversal")
                .then().statusCode(200).body("status", equalTo("REVERSED")).body("approveNo", nullValue());
        simulator().body("{\"amount\": 5000}").post("/card/authorizations/" + reference + "/reversal")
                .then().statusCode(200).body("status", equalTo("REVERSED"));
        simulator().body(authorization(reference, 5_000)).post("/card/authorizations")
                .then().statusCode(409).body("code", equalTo("REVERSED"));
        simulator().body("{\"cancelReference\": \"c1\", \"amount\": 5000}")
                .post("/card/authorizations/" + reference + "/cancels").then().statusCode(409);
        simulator().get("/card/authorizations/" + reference).then().statusCode(200).body("status", equalTo("REVERSED"));

        String arrived = "auth_rev_" + UUID.randomUUID().toString().substring(0, 12);
        String approveNo = simulator().body(authorization(arrived, 7_000)).post("/card/authorizations")
                .then().statusCode(200).extract().path("approveNo");
        simulator().body("{\"amount\": 7000}").post("/card/authorizations/" + arrived + "/reversal")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("approveNo", equalTo(approveNo));

        String wallet = "prv_rev_" + UUID.randomUUID().toString().substring(0, 12);
        simulator().body("{\"channel\": \"EASY_PAY\", \"amount\": 9000}")
                .post("/providers/authorizations/" + wallet + "/reversal")
                .then().statusCode(200).body("status", equalTo("REVERSED"));
        simulator().body("""
                        {"reference": "%s", "channel": "EASY_PAY", "provider": "TOSSPAY", "customerId": "c-1",
                         "amount": 9000}""".formatted(wallet)).post("/providers/authorizations")
                .then().statusCode(409).body("code", equalTo("REVERSED"));
    }

    /**
     * A key-in whose attempt reaches the network only after the platform gave up on it (the late test card, held 25 s
     * before the network books it): the platform reverses it at the network before it aborts the payment, so the
     * attempt is refused when it arrives and the customer is never charged for a failed payment (contract section 10).
     */
    @Test
    void anAttemptReachingTheNetworkAfterThePlatformGaveUpIsRefusedThere() throws Exception {
        TestMerchant merchant = TestMerchant.create("Late Shop");
        double refusedBefore = authorizationsAnswered(409);
        String orderId = "late-" + UUID.randomUUID().toString().substring(0, 18);
        merchant.api().body("""
                        {"orderId": "%s", "orderName": "Late attempt", "amount": 6000, "cardNumber": "%s",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(orderId, Cards.LATE))
                .post("/v1/payments/key-in").then().statusCode(504).body("code", equalTo("ACQUIRER_TIMEOUT"));

        // the network does not know the attempt yet; after 15 s the reconciler reverses it there, then aborts it
        JsonPath payment = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> merchant.api().get("/v1/payments/orders/" + orderId).then().statusCode(200).extract()
                        .jsonPath(), p -> !"IN_PROGRESS".equals(p.getString("status")));
        assertThat(payment.getString("status")).isEqualTo("ABORTED");
        assertThat(payment.getString("failure.code")).isEqualTo("ACQUIRER_TIMEOUT");
        String reference = networkReference(payment.getString("paymentKey"));
        simulator().get("/card/authorizations/" + reference).then().statusCode(200)
                .body("status", equalTo("REVERSED")).body("amount", equalTo(6000));

        // then the attempt arrives, finds its reversal and is refused: nothing charged at the network
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> authorizationsAnswered(409) > refusedBefore);
        simulator().get("/card/authorizations/" + reference).then().statusCode(200)
                .body("status", equalTo("REVERSED")).body("approveNo", nullValue());
    }

    @Test
    void answersMalformedCallsWithItsOwnJsonErrors() {
        simulator().body("{\"reference\": ").post("/card/authorizations")
                .then().statusCode(400).contentType(ContentType.JSON).body("code", equalTo("INVALID_REQUEST"));
        simulator().body("{\"latencyMs\": 0, \"failureRate\": 1.5}").put("/admin/faults")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST"));
        simulator().body("{\"latencyMs\": 0, \"failureRate\": \"NaN\"}").put("/admin/faults")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST"));
        simulator().get("/admin/faults").then().statusCode(200).body("failureRate", equalTo(0.0f));
        simulator().get("/books/card?date=yesterday").then().statusCode(400).body("code", equalTo("INVALID_REQUEST"));
    }

    private static String authorization(String reference, long amount) {
        return """
                {"reference": "%s", "cardNumber": "%s", "expiryYear": 2030, "expiryMonth": 12, "amount": %d}"""
                .formatted(reference, CARD, amount);
    }

    /** The network's authorization calls answered with {@code status}, from its own figures at /metrics. */
    private static double authorizationsAnswered(int status) {
        String exposition = given().baseUri(TestStack.simulatorUrl()).get("/metrics").then().statusCode(200)
                .extract().asString();
        return exposition.lines()
                .filter(line -> line.startsWith("simulator_requests_total{")
                        && line.contains("route=\"POST /card/authorizations\"") && line.contains("status=\"" + status + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static String networkReference(String paymentKey) throws Exception {
        try (Connection db = TestStack.database();
             PreparedStatement query = db.prepareStatement(
                     "select network_reference from pay_payment where payment_key = ?")) {
            query.setString(1, paymentKey);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
