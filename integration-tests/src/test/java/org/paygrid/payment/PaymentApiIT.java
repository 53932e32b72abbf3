package org.paygrid.payment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.PaymentWindow;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;
import org.paygrid.testkit.Cards;

/** Card payments over HTTP against the deployed EAR and the card network simulator (contract sections 1-6, 10). */
@PaygridIT
class PaymentApiIT {

    static final String APPROVED_CARD = "4330123456789018";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static TestMerchant shop;
    private static TestMerchant otherShop;


    @BeforeAll
    static void merchants() {
        shop = TestMerchant.create("Payments Shop");
        otherShop = TestMerchant.create("Other Shop");
    }

    static String keyIn(String orderId, long amount, String card) {
        return """
                {"orderId": "%s", "orderName": "Hanbit Books: 2 items", "amount": %d, "cardNumber": "%s",
                 "cardExpirationYear": "30", "cardExpirationMonth": "12", "metadata": {"cart": "c-1"}}"""
                .formatted(orderId, amount, card);
    }

    static String newOrderId() {
        return "order-" + UUID.randomUUID().toString().substring(0, 18);
    }

    @Test
    void approvesAKeyInPaymentAndReadsItBackByKeyAndOrderId() {
        String orderId = newOrderId();
        String paymentKey = shop.api().body(keyIn(orderId, 15_000, APPROVED_CARD)).post("/v1/payments/key-in")
                .then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("method", equalTo("CARD"))
                .body("mode", equalTo("test"))
                .body("totalAmount", equalTo(15000)).body("balanceAmount", equalTo(15000))
                .body("vat", equalTo(1364)).body("suppliedAmount", equalTo(13636))
                .body("card.number", equalTo("433012******9018"))
                .body("card.issuerCode", equalTo("41"))
                .body("card.approveNo", matchesPattern("\\d{8}"))
                .body("approvedAt", matchesPattern(".*\\+09:00"))
                .body("cancels", hasSize(0))
                .body("failure", nullValue())
                .body("metadata.cart", equalTo("c-1"))
                .extract().path("paymentKey");
        shop.api().get("/v1/payments/" + paymentKey).then().statusCode(200).body("orderId", equalTo(orderId));
        shop.api().get("/v1/payments/orders/" + orderId).then().statusCode(200).body("paymentKey", equalTo(paymentKey));
        given().baseUri(TestStack.paygridUrl()).auth().oauth2(shop.secretKey()).get("/v1/payments/" + paymentKey)
                .then().statusCode(200);
    }

    @Test
    void declinesLeaveTheAbortedPaymentWithItsFailure() {
        String orderId = newOrderId();
        shop.api().body(keyIn(orderId, 1_000, "4000000000000002")).post("/v1/payments/key-in")
                .then().statusCode(402).contentType(PROBLEM_JSON).body("code", equalTo("REJECT_CARD_COMPANY"));
        shop.api().get("/v1/payments/orders/" + orderId).then().statusCode(200)
                .body("status", equalTo("ABORTED")).body("failure.code", equalTo("REJECT_CARD_COMPANY"));
        shop.api().body(keyIn(newOrderId(), 1_000, "4000000000009995")).post("/v1/payments/key-in")
                .then().statusCode(402).body("code", equalTo("NOT_ENOUGH_BALANCE"));
        String failed = newOrderId();
        shop.api().body(keyIn(failed, 1_000, "4000000000000119")).post("/v1/payments/key-in")
                .then().statusCode(502).body("code", equalTo("PROVIDER_ERROR"));
        shop.api().get("/v1/payments/orders/" + failed).then().body("status", equalTo("ABORTED"));
    }

    @Test
    void settlesAnAcquirerTimeoutByInquiryInsteadOfGuessing() {
        String orderId = newOrderId();
        Response answer = shop.api().body(keyIn(orderId, 2_000, Cards.SLOW)).post("/v1/payments/key-in");
        assertThat(answer.statusCode()).isIn(200, 504);
        // whatever the call answered, the payment settles to what the network did: it approved
        String status = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> shop.api().get("/v1/payments/orders/" + orderId).then().statusCode(200).extract()
                        .<String>path("status"), "DONE"::equals);
        assertThat(status).isEqualTo("DONE");
    }

    @Test
    void refusesBadCardsAndAmountsWithTheContractsCodes() {
        shop.api().body(keyIn(newOrderId(), 1_000, "4000000000000001")).post("/v1/payments/key-in")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("code", equalTo("INVALID_CARD_NUMBER"))
                .body("message", equalTo("cardNumber: not a valid card number"));
        shop.api().header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.8")
                .body(keyIn(newOrderId(), 1_000, "4000000000000001")).post("/v1/payments/key-in")
                .then().statusCode(400).body("code", equalTo("INVALID_CARD_NUMBER"))
                .body("message", equalTo("카드 번호가 올바르지 않습니다 (cardNumber: not a valid card number)"));
        shop.api().body(keyIn(newOrderId(), 1_000, Cards.fresh()).replace("\"30\"", "\"20\""))
                .post("/v1/payments/key-in").then().statusCode(400).body("code", equalTo("INVALID_CARD_EXPIRATION"));
        shop.api().body(keyIn(newOrderId(), 0, Cards.fresh())).post("/v1/payments/key-in")
                .then().statusCode(400).body("code", equalTo("INVALID_AMOUNT"));
        shop.api().body(keyIn("short", 1_000, Cards.fresh())).post("/v1/payments/key-in")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST"));
        shop.api().body("{\"orderId\": 5").post("/v1/payments/key-in")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST"));
        String orderId = newOrderId();
        shop.api().body(keyIn(orderId, 1_000, Cards.fresh())).post("/v1/payments/key-in").then().statusCode(200);
        shop.api().body(keyIn(orderId, 1_000, Cards.fresh())).post("/v1/payments/key-in")
                .then().statusCode(409).body("code", equalTo("DUPLICATED_ORDER_ID"));
    }

    @Test
    void authenticatesByKeyAndKeepsMerchantsApart() {
        given().baseUri(TestStack.paygridUrl()).get("/v1/payments/pay_x")
                .then().statusCode(401).contentType(PROBLEM_JSON).body("code", equalTo("UNAUTHORIZED_KEY"));
        given().baseUri(TestStack.paygridUrl()).auth().preemptive().basic("sk_test_" + "x".repeat(28), "")
                .get("/v1/payments/pay_x").then().statusCode(401).body("code", equalTo("UNAUTHORIZED_KEY"));
        given().baseUri(TestStack.paygridUrl()).contentType(ContentType.JSON).auth().preemptive().basic(shop.clientKey(), "")
                .body(keyIn(newOrderId(), 1_000, Cards.fresh())).post("/v1/payments/key-in")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN_KEY"));

        String paymentKey = shop.api().body(keyIn(newOrderId(), 3_000, Cards.fresh())).post("/v1/payments/key-in")
                .then().statusCode(200).extract().path("paymentKey");
        otherShop.api().get("/v1/payments/" + paymentKey)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND_PAYMENT"));
        otherShop.api().body("{\"cancelReason\": \"not mine\"}").post("/v1/payments/" + paymentKey + "/cancel")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND_PAYMENT"));
        shop.api().get("/v1/payments/" + paymentKey).then().body("status", equalTo("DONE"));
    }

    @Test
    void cancelsPartlyAgainAndAgainUntilNothingIsLeft() {
        String paymentKey = approvedPayment(15_000);
        shop.api().body("{\"cancelReason\": \"one item\", \"cancelAmount\": 5000}").post("/v1/payments/" + paymentKey + "/cancel")
                .then().statusCode(200).body("status", equalTo("PARTIAL_CANCELED")).body("balanceAmount", equalTo(10000))
                .body("cancels", hasSize(1)).body("cancels[0].transactionKey", matchesPattern("txn_\\w+"))
                .body("cancels[0].refundableAmount", equalTo(10000));
        shop.api().body("{\"cancelReason\": \"too much\", \"cancelAmount\": 10001}").post("/v1/payments/" + paymentKey + "/cancel")
                .then().statusCode(400).body("code", equalTo("NOT_CANCELABLE_AMOUNT"));
        shop.api().body("{\"cancelReason\": \"the rest\"}").post("/v1/payments/" + paymentKey + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELED")).body("balanceAmount", equalTo(0))
                .body("cancels", hasSize(2)).body("cancels[1].cancelAmount", equalTo(10000));
        shop.api().body("{\"cancelReason\": \"again\"}").post("/v1/payments/" + paymentKey + "/cancel")
                .then().statusCode(409).body("code", equalTo("ALREADY_CANCELED_PAYMENT"));

        String aborted = newOrderId();
        shop.api().body(keyIn(aborted, 1_000, "4000000000000002")).post("/v1/payments/key-in").then().statusCode(402);
        String abortedKey = shop.api().get("/v1/payments/orders/" + aborted).then().extract().path("paymentKey");
        shop.api().body("{\"cancelReason\": \"declined anyway\"}").post("/v1/payments/" + abortedKey + "/cancel")
                .then().statusCode(409).body("code", equalTo("NOT_CANCELABLE_PAYMENT"));
    }

    @Test
    void twentyConcurrentTenPercentCancelsLetExactlyTenThrough() throws Exception {
        String paymentKey = approvedPayment(10_000);
        List<Integer> statuses = concurrently(20, () -> shop.api()
                .body("{\"cancelReason\": \"race\", \"cancelAmount\": 1000}")
                .post("/v1/payments/" + paymentKey + "/cancel").statusCode());
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(10);
        assertThat(statuses.stream().filter(s -> s != 200)).allMatch(s -> s == 400 || s == 409);
        shop.api().get("/v1/payments/" + paymentKey).then()
                .body("status", equalTo("CANCELED")).body("balanceAmount", equalTo(0)).body("cancels", hasSize(10));
    }

    @Test
    void replaysTheFirstAnswerToTheSameIdempotencyKeyByteForByte() throws Exception {
        String key = UUID.randomUUID().toString();
        String orderId = newOrderId();
        String body = keyIn(orderId, 7_000, Cards.fresh());
        Response first = shop.api().header("Idempotency-Key", key).body(body).post("/v1/payments/key-in");
        Response again = shop.api().header("Idempotency-Key", key).body(body).post("/v1/payments/key-in");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
        shop.api().header("Idempotency-Key", key).body(keyIn(orderId, 7_001, Cards.fresh())).post("/v1/payments/key-in")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        // the same key is another merchant's own business
        otherShop.api().header("Idempotency-Key", key).body(body).post("/v1/payments/key-in")
                .then().statusCode(200).body("paymentKey", notNullValue());

        String declinedKey = UUID.randomUUID().toString();
        String declined = keyIn(newOrderId(), 1_000, "4000000000000002");
        byte[] firstDecline = shop.api().header("Idempotency-Key", declinedKey).body(declined)
                .post("/v1/payments/key-in").then().statusCode(402).extract().asByteArray();
        assertThat(shop.api().header("Idempotency-Key", declinedKey).body(declined).post("/v1/payments/key-in")
                .then().statusCode(402).extract().asByteArray()).isEqualTo(firstDecline);
    }

    @Test
    void concurrentDuplicatesWithOneIdempotencyKeyApproveOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String orderId = newOrderId();
        String body = keyIn(orderId, 9_000, Cards.fresh());
        List<Response> answers = concurrently(40, () -> shop.api().header("Idempotency-Key", key).body(body)
                .post("/v1/payments/key-in"));
        List<String> paymentKeys = answers.stream().filter(a -> a.statusCode() == 200)
                .map(a -> a.jsonPath().getString("paymentKey")).distinct().toList();
        assertThat(paymentKeys).hasSize(1);
        assertThat(answers.stream().map(a -> a.statusCode() + " " + a.asString()))
                .allMatch(answer -> answer.startsWith("200") || answer.startsWith("409"));
        shop.api().get("/v1/payments/orders/" + orderId).then().statusCode(200)
                .body("paymentKey", equalTo(paymentKeys.get(0)));
    }

    @Test
    void supportRefundsPartOfAPaymentThroughTheStaffApiAndIsAudited() throws Exception {
        String paymentKey = approvedPayment(8_000);
        given().baseUri(TestStack.paygridUrl()).contentType(ContentType.JSON).auth().oauth2(TestStack.userToken("finance"))
                .body("{\"cancelReason\": \"not my job\", \"cancelAmount\": 1000}")
                .post("/v1/admin/payments/" + paymentKey + "/cancel").then().statusCode(403);
        given().baseUri(TestStack.paygridUrl()).contentType(ContentType.JSON).auth().oauth2(TestStack.userToken("support"))
                .body("{\"cancelReason\": \"customer called\", \"cancelAmount\": 3000}")
                .post("/v1/admin/payments/" + paymentKey + "/cancel")
                .then().statusCode(200).body("status", equalTo("PARTIAL_CANCELED")).body("balanceAmount", equalTo(5000));
        try (var db = TestStack.database(); var audit = db.prepareStatement(
                "select actor, after_state from aud_audit_entry where target_type = 'PAYMENT' and target_id = ?")) {
            audit.setString(1, paymentKey);
            try (var row = audit.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("actor")).isEqualTo("support");
                assertThat(row.getString("after_state")).contains("balance=5000", "customer called");
            }
        }
    }

    static String windowPayment(String orderId, long amount) {
        return PaymentWindow.payment(orderId, amount);
    }

    /** What the payment window does when the customer pays: answers the redirect to successUrl. */
    static Response payInWindow(String paymentKey, String card) {
        return PaymentWindow.payWithCard(paymentKey, card);
    }

    @Test
    void sendsTheCustomerBackOnlyToTheMerchantsSiteAndLocksTheWindowPageDown() {
        String foreign = """
                {"orderId": "%s", "orderName": "Window order", "amount": 1000,
                 "successUrl": "https://evil.example/ok", "failUrl": "https://shop.example.kr/fail"}""";
        shop.api().body(foreign.formatted(newOrderId())).post("/v1/payments").then().statusCode(400)
                .body("code", equalTo("INVALID_REQUEST")).body("message", org.hamcrest.Matchers.startsWith("successUrl:"));
        String onSite = """
                {"orderId": "%s", "orderName": "Window order", "amount": 1000,
                 "successUrl": "https://pay.shop.example.kr/ok", "failUrl": "https://shop.example.kr/fail"}""";
        String paymentKey = shop.api().body(onSite.formatted(newOrderId())).post("/v1/payments").then().statusCode(200)
                .extract().path("paymentKey");

        Response window = given().baseUri(TestStack.paygridUrl()).get("/checkout/" + paymentKey);
        String policy = window.header("Content-Security-Policy");
        String nonce = policy.replaceAll(".*script-src 'nonce-([A-Za-z0-9]+)'.*", "$1");
        assertThat(policy).contains("default-src 'none'", "frame-ancestors 'none'",
                "form-action 'self' https://pay.shop.example.kr https://shop.example.kr");
        assertThat(window.asString()).contains("<script nonce=\"" + nonce + "\">", "<style nonce=\"" + nonce + "\">");
        String again = given().baseUri(TestStack.paygridUrl()).get("/checkout/" + paymentKey)
                .header("Content-Security-Policy");
        assertThat(again).doesNotContain(nonce);
    }

    @Test
    void createsReadyPaymentsWithACheckoutUrlAndConfirmsOnlyTheRightAmountOnce() {
        String orderId = newOrderId();
        io.restassured.path.json.JsonPath created = given().baseUri(TestStack.paygridUrl()).contentType(ContentType.JSON)
                .auth().preemptive().basic(shop.clientKey(), "").body(windowPayment(orderId, 55_000)).post("/v1/payments")
                .then().statusCode(200).body("status", equalTo("READY")).extract().jsonPath();
        String paymentKey = created.getString("paymentKey");
        assertThat(created.getString("checkoutUrl")).isEqualTo(TestStack.paygridUrl() + "/checkout/" + paymentKey);
        String confirm = "{\"paymentKey\": \"%s\", \"orderId\": \"%s\", \"amount\": %d}";
        shop.api().body(confirm.formatted(paymentKey, orderId, 55_000)).post("/v1/payments/confirm")
                .then().statusCode(409).body("code", equalTo("NOT_CONFIRMABLE_PAYMENT"));

        Response redirect = payInWindow(paymentKey, APPROVED_CARD);
        assertThat(redirect.statusCode()).isEqualTo(303);
        assertThat(redirect.header("Location")).isEqualTo(TestStack.paygridUrl() + "/index.html?step=success&paymentKey="
                + paymentKey + "&orderId=" + orderId + "&amount=55000");
        shop.api().get("/v1/payments/" + paymentKey).then().body("status", equalTo("IN_PROGRESS"));

        shop.api().body(confirm.formatted(paymentKey, orderId, 50_000)).post("/v1/payments/confirm")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("code", equalTo("AMOUNT_MISMATCH"));
        shop.api().get("/v1/payments/" + paymentKey).then().body("status", equalTo("IN_PROGRESS"));
        shop.api().body(confirm.formatted(paymentKey, orderId, 55_000)).post("/v1/payments/confirm")
                .then().statusCode(200).body("status", equalTo("DONE")).body("card.number", equalTo("433012******9018"));
        shop.api().body(confirm.formatted(paymentKey, orderId, 55_000)).post("/v1/payments/confirm")
                .then().statusCode(409).body("code", equalTo("ALREADY_PROCESSED_PAYMENT"));
        otherShop.api().body(confirm.formatted(paymentKey, orderId, 55_000)).post("/v1/payments/confirm")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND_PAYMENT"));
    }

    @Test
    void theWindowShowsErrorsInTheCustomersLanguageAndSendsCancelsToFailUrl() {
        String orderId = newOrderId();
        String paymentKey = shop.api().body(windowPayment(orderId, 1_000)).post("/v1/payments")
                .then().statusCode(200).extract().path("paymentKey");
        given().baseUri(TestStack.paygridUrl()).header("Accept-Language", "ko-KR").get("/checkout/" + paymentKey)
                .then().statusCode(200).contentType("text/html").body(org.hamcrest.Matchers.containsString("결제하기"));
        payInWindow(paymentKey, "4000000000000001").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("not a valid card number"));
        Response canceled = given().baseUri(TestStack.paygridUrl()).redirects().follow(false)
                .formParam("action", "cancel").post("/checkout/" + paymentKey);
        assertThat(canceled.header("Location")).startsWith(TestStack.paygridUrl() + "/index.html?step=fail&code=PAY_PROCESS_CANCELED")
                .endsWith("&orderId=" + orderId);
        given().baseUri(TestStack.paygridUrl()).get("/checkout/pay_doesnotexist").then().statusCode(404);
    }

    @Test
    void listsTheMerchantsPaymentsNewestFirstPageByPage() {
        TestMerchant lister = TestMerchant.create("Listing Shop");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            keys.add(lister.api().body(keyIn(newOrderId(), 1_000 + i, Cards.fresh())).post("/v1/payments/key-in")
                    .then().statusCode(200).extract().path("paymentKey"));
        }
        lister.api().body(keyIn(newOrderId(), 1_000, "4000000000000002")).post("/v1/payments/key-in").then().statusCode(402);
        io.restassured.path.json.JsonPath first = lister.api().queryParam("limit", 2).queryParam("status", "DONE")
                .get("/v1/payments").then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
        assertThat(first.getList("items.paymentKey")).containsExactly(keys.get(2), keys.get(1));
        lister.api().queryParam("limit", 2).queryParam("status", "DONE").queryParam("cursor", first.getString("nextCursor"))
                .get("/v1/payments").then().statusCode(200)
                .body("items.paymentKey", org.hamcrest.Matchers.contains(keys.get(0))).body("nextCursor", nullValue());
        lister.api().queryParam("status", "ABORTED").get("/v1/payments").then().body("items", hasSize(1));
        lister.api().queryParam("from", "2000-01-01").queryParam("to", "2000-12-31").get("/v1/payments")
                .then().body("items", hasSize(0)).body("nextCursor", nullValue());
        lister.api().queryParam("limit", 0).get("/v1/payments").then().statusCode(400).body("code", equalTo("INVALID_REQUEST"));
        lister.api().queryParam("limit", "many").get("/v1/payments").then().statusCode(400);
        lister.api().queryParam("cursor", "garbage!").get("/v1/payments").then().statusCode(400);
        otherShop.api().queryParam("limit", 100).get("/v1/payments").then().statusCode(200)
                .body("items.paymentKey", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(keys.get(0))));
    }

    @Test
    void theBooksBalanceAndMatchThePayments() {
        approvedPayment(4_000);
        given().baseUri(TestStack.paygridUrl()).auth().oauth2(TestStack.opsToken())
                .get("/v1/admin/ledger/trial-balance")
                .then().statusCode(200).body("balanced", equalTo(true)).body("matchesPayments", equalTo(true));
    }

    private static String approvedPayment(long amount) {
        return shop.api().body(keyIn(newOrderId(), amount, Cards.fresh())).post("/v1/payments/key-in")
                .then().statusCode(200).extract().path("paymentKey");
    }

    private static <T> List<T> concurrently(int callers, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }
}
