package org.paygrid.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.paygrid.support.TestMerchant.staff;
import static org.paygrid.support.TestMerchant.withKey;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;
import org.paygrid.testkit.Cards;

/**
 * Contract sections 1 and 9 over HTTP: review with the checklist, live keys on approval (shown once), test/live
 * isolation, suspension and termination barring money movement but not reads, key roll and revoke, audit.
 */
@PaygridIT
class MerchantLifecycleApiIT {

    private static final String PROBLEM_JSON = "application/problem+json";


    private static String keyIn(String orderId, long amount) {
        return """
                {"orderId": "%s", "orderName": "Lifecycle", "amount": %d, "cardNumber": "%s",
                 "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(orderId, amount, Cards.fresh());
    }

    private static String newOrderId() {
        return "life-" + UUID.randomUUID().toString().substring(0, 18);
    }

    /** Approves a fresh merchant and answers its live keys (client, secret). */
    private static String[] approvedLiveKeys(TestMerchant merchant) {
        JsonPath approved = staff().body("{\"decision\": \"APPROVE\", \"note\": \"ok\"}")
                .post("/v1/admin/merchants/" + merchant.id() + "/review")
                .then().statusCode(200).extract().jsonPath();
        return new String[] {approved.getString("keys.live.clientKey"), approved.getString("keys.live.secretKey")};
    }

    @Test
    void documentsStartTheReviewAndApprovalIssuesLiveKeysShownOnce() throws Exception {
        TestMerchant merchant = TestMerchant.create("Review Shop");
        String path = "/v1/admin/merchants/" + merchant.id();
        staff().body("{\"status\": \"VERIFIED\", \"note\": \"matches the business number\"}")
                .put(path + "/documents/BUSINESS_REGISTRATION")
                .then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("checklist.BUSINESS_REGISTRATION", equalTo("VERIFIED"))
                .body("checklist.MAIL_ORDER_REPORT", equalTo("MISSING"));
        staff().body("{\"status\": \"SUBMITTED\"}").put(path + "/documents/REFUND_POLICY").then().statusCode(200);

        JsonPath approved = staff().body("{\"decision\": \"APPROVE\", \"note\": \"site and documents checked\"}")
                .post(path + "/review")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("keys.live.clientKey", matchesPattern("ck_live_[A-Za-z0-9]{24,}"))
                .body("keys.live.secretKey", matchesPattern("sk_live_[A-Za-z0-9]{24,}"))
                .body("keys.test.secretKey", matchesPattern("sk_test_…[A-Za-z0-9]{4}"))
                .extract().jsonPath();
        String liveSecret = approved.getString("keys.live.secretKey");

        staff(TestStack.userToken("support")).get(path).then().statusCode(200)
                .body("keys.live.secretKey", equalTo("sk_live_…" + liveSecret.substring(liveSecret.length() - 4)))
                .body("keys.live.clientKey", equalTo(approved.getString("keys.live.clientKey")));

        try (Connection db = TestStack.database();
             PreparedStatement review = db.prepareStatement(
                     "select decision, note, checklist, reviewer from mer_review where merchant_id = ?")) {
            review.setString(1, merchant.id());
            try (ResultSet row = review.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("decision")).isEqualTo("APPROVE");
                assertThat(row.getString("checklist")).contains("BUSINESS_REGISTRATION=VERIFIED",
                        "REFUND_POLICY=SUBMITTED", "MAIL_ORDER_REPORT=MISSING");
                assertThat(row.getString("reviewer")).isEqualTo("service-account-paygrid-ops");
                assertThat(row.next()).isFalse();
            }
        }

        staff().get("/v1/admin/audit-log?targetType=MERCHANT&targetId=" + merchant.id()).then().statusCode(200)
                .body("items.action", equalTo(List.of("MERCHANT_REVIEWED", "MERCHANT_DOCUMENT_RECORDED",
                        "MERCHANT_DOCUMENT_RECORDED", "MERCHANT_APPLIED")))
                .body("items[0].before", equalTo("status=UNDER_REVIEW"))
                .body("items[0].after", matchesPattern("status=APPROVED, decision=APPROVE.*checklist=\\[.*\\]"))
                .body("items[2].before", equalTo("BUSINESS_REGISTRATION=MISSING, status=APPLIED"));
    }

    @Test
    void aDecidedApplicationCannotBeDecidedAgainAndConcurrentApprovalsIssueOneKeySet() throws Exception {
        TestMerchant merchant = TestMerchant.create("Race Shop");
        String review = "/v1/admin/merchants/" + merchant.id() + "/review";
        String token = TestStack.opsToken();
        List<Integer> statuses = concurrently(6, () -> staff(token).body("{\"decision\": \"APPROVE\"}")
                .post(review).statusCode());
        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        try (Connection db = TestStack.database();
             PreparedStatement keys = db.prepareStatement(
                     "select count(*) from mer_api_key where merchant_id = ? and mode = 'LIVE'")) {
            keys.setString(1, merchant.id());
            try (ResultSet row = keys.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).isEqualTo(2);
            }
        }
        staff().body("{\"decision\": \"REJECT\", \"note\": \"too late\"}").post(review)
                .then().statusCode(409).contentType(PROBLEM_JSON).body("code", equalTo("INVALID_MERCHANT_STATUS"));
    }

    @Test
    void rejectsUnknownDecisionsKindsAndMissingReasons() {
        TestMerchant merchant = TestMerchant.create("Careless Input Shop");
        String path = "/v1/admin/merchants/" + merchant.id();
        staff().body("{\"decision\": \"MAYBE\"}").post(path + "/review")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST"))
                .body("message", matchesPattern("decision: .*APPROVE.*"));
        staff().body("{\"status\": \"VERIFIED\"}").put(path + "/documents/HOROSCOPE")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST"));
        staff().body("{}").post(path + "/suspend")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST"))
                .body("message", matchesPattern("reason: .*"));
        staff().body("{\"reason\": \"not approved yet\"}").post(path + "/suspend")
                .then().statusCode(409).body("code", equalTo("INVALID_MERCHANT_STATUS"));
        staff().body("{\"reason\": \"x\"}").post(path + "/reinstate")
                .then().statusCode(409).body("code", equalTo("INVALID_MERCHANT_STATUS"));
        staff().body("{\"decision\": \"APPROVE\"}").post("/v1/admin/merchants/mer_nobody/review")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND_MERCHANT"));
        staff(TestStack.userToken("support")).body("{\"decision\": \"APPROVE\"}").post(path + "/review")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        staff(TestStack.userToken("support")).get("/v1/admin/audit-log")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void testAndLiveObjectsNeverSeeEachOther() {
        TestMerchant merchant = TestMerchant.create("Two Modes Shop");
        String[] live = approvedLiveKeys(merchant);
        String orderId = newOrderId();
        String livePayment = withKey(live[1]).body(keyIn(orderId, 5_000)).post("/v1/payments/key-in")
                .then().statusCode(200).body("mode", equalTo("live")).extract().path("paymentKey");
        // the same orderId is free in the other mode
        String testPayment = merchant.api().body(keyIn(orderId, 6_000)).post("/v1/payments/key-in")
                .then().statusCode(200).body("mode", equalTo("test")).extract().path("paymentKey");

        merchant.api().get("/v1/payments/" + livePayment).then().statusCode(404).body("code", equalTo("NOT_FOUND_PAYMENT"));
        withKey(live[1]).get("/v1/payments/" + testPayment).then().statusCode(404).body("code", equalTo("NOT_FOUND_PAYMENT"));
        merchant.api().get("/v1/payments/orders/" + orderId).then().statusCode(200).body("paymentKey", equalTo(testPayment));
        withKey(live[1]).get("/v1/payments/orders/" + orderId).then().statusCode(200).body("paymentKey", equalTo(livePayment));
        merchant.api().body("{\"cancelReason\": \"wrong mode\"}").post("/v1/payments/" + livePayment + "/cancel")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND_PAYMENT"));
        merchant.api().get("/v1/payments?limit=100").then().statusCode(200)
                .body("items.paymentKey", hasItem(testPayment)).body("items.paymentKey", not(hasItem(livePayment)));
        withKey(live[1]).get("/v1/payments/" + livePayment).then().statusCode(200).body("status", equalTo("DONE"));
    }

    @Test
    void suspendedAndTerminatedMerchantsReadButNeverMoveMoney() {
        TestMerchant merchant = TestMerchant.create("Suspended Shop");
        String[] live = approvedLiveKeys(merchant);
        String path = "/v1/admin/merchants/" + merchant.id();
        String paid = withKey(live[1]).body(keyIn(newOrderId(), 10_000)).post("/v1/payments/key-in")
                .then().statusCode(200).extract().path("paymentKey");

        staff().body("{\"reason\": \"chargeback ratio above 1%\"}").post(path + "/suspend")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        for (String key : List.of(live[1], merchant.secretKey())) {
            withKey(key).body(keyIn(newOrderId(), 1_000)).post("/v1/payments/key-in")
                    .then().statusCode(403).contentType(PROBLEM_JSON).body("code", equalTo("MERCHANT_NOT_ACTIVE"));
        }
        withKey(live[1]).body("{\"cancelReason\": \"refund\", \"cancelAmount\": 1000}")
                .post("/v1/payments/" + paid + "/cancel")
                .then().statusCode(403).body("code", equalTo("MERCHANT_NOT_ACTIVE"));
        withKey(live[0]).body("""
                {"orderId": "%s", "orderName": "x", "amount": 1000,
                 "successUrl": "https://shop.example.kr/ok", "failUrl": "https://shop.example.kr/fail"}"""
                        .formatted(newOrderId()))
                .post("/v1/payments")
                .then().statusCode(403).body("code", equalTo("MERCHANT_NOT_ACTIVE"));
        withKey(live[1]).get("/v1/payments/" + paid).then().statusCode(200).body("balanceAmount", equalTo(10_000));
        withKey(live[1]).get("/v1/payments").then().statusCode(200);

        staff().body("{\"reason\": \"ratio back under 0.5%\"}").post(path + "/reinstate")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        withKey(live[1]).body("{\"cancelReason\": \"refund\", \"cancelAmount\": 1000}")
                .post("/v1/payments/" + paid + "/cancel")
                .then().statusCode(200).body("balanceAmount", equalTo(9_000));

        staff().body("{\"reason\": \"closed the business\"}").post(path + "/terminate")
                .then().statusCode(200).body("status", equalTo("TERMINATED"));
        withKey(live[1]).body(keyIn(newOrderId(), 1_000)).post("/v1/payments/key-in")
                .then().statusCode(403).body("code", equalTo("MERCHANT_NOT_ACTIVE"));
        withKey(live[1]).get("/v1/payments/" + paid).then().statusCode(200);
        staff().body("{\"reason\": \"changed our mind\"}").post(path + "/reinstate")
                .then().statusCode(409).body("code", equalTo("INVALID_MERCHANT_STATUS"));
        staff().body("{\"reason\": \"again\"}").post(path + "/terminate")
                .then().statusCode(409).body("code", equalTo("INVALID_MERCHANT_STATUS"));
    }

    @Test
    void aRolledOrRevokedKeyStopsWorkingAtOnce() {
        TestMerchant merchant = TestMerchant.create("Key Roll Shop");
        String path = "/v1/admin/merchants/" + merchant.id();
        staff().body("{\"mode\": \"live\"}").post(path + "/keys/roll")
                .then().statusCode(409).body("code", equalTo("INVALID_MERCHANT_STATUS"));
        staff().body("{\"mode\": \"sandbox\"}").post(path + "/keys/roll")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST"));

        merchant.api().get("/v1/payments").then().statusCode(200);   // the key in use, so kept by every server
        JsonPath rolled = staff().body("{\"mode\": \"test\"}").post(path + "/keys/roll")
                .then().statusCode(200)
                .body("key", matchesPattern("sk_test_[A-Za-z0-9]{24,}"))
                .body("status", equalTo("ACTIVE"))
                .extract().jsonPath();
        String newSecret = rolled.getString("key");
        merchant.api().get("/v1/payments").then().statusCode(401).body("code", equalTo("UNAUTHORIZED_KEY"));
        withKey(newSecret).get("/v1/payments").then().statusCode(200);

        staff().get(path + "/keys").then().statusCode(200)
                .body("findAll { it.kind == 'SECRET' }.status", equalTo(List.of("REVOKED", "ACTIVE")))
                .body("key", not(hasItem(newSecret)));
        staff().delete(path + "/keys/" + rolled.getLong("id")).then().statusCode(200).body("status", equalTo("REVOKED"));
        withKey(newSecret).get("/v1/payments").then().statusCode(401).body("code", equalTo("UNAUTHORIZED_KEY"));
        staff().delete(path + "/keys/999999999").then().statusCode(404).body("code", equalTo("NOT_FOUND_API_KEY"));
        staff().get(path).then().statusCode(200).body("keys.test.secretKey", nullValue());
    }

    private static <T> List<T> concurrently(int callers, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
