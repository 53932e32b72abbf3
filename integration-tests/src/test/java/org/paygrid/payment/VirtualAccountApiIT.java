package org.paygrid.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;

/** Virtual accounts over HTTP (contract section 5): issue, sandbox deposit, expiry, refund to the customer. */
@PaygridIT
class VirtualAccountApiIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static TestMerchant shop;


    @BeforeAll
    static void merchant() {
        shop = TestMerchant.create("Bank Transfer Shop");
    }

    private static String request(long amount, String extra) {
        return """
                {"orderId": "va-%s", "orderName": "Hanbit Books: 3 items", "amount": %d, "bank": "88",
                 "customerName": "김민지"%s}""".formatted(UUID.randomUUID().toString().substring(0, 18), amount, extra);
    }

    private static String issue(long amount) {
        return shop.api().body(request(amount, "")).post("/v1/virtual-accounts")
                .then().statusCode(200).extract().path("paymentKey");
    }

    private static io.restassured.response.ValidatableResponse deposit(String paymentKey, long amount) {
        return shop.api().body("{\"amount\": " + amount + "}")
                .post("/v1/sandbox/virtual-accounts/" + paymentKey + "/deposit").then();
    }

    @Test
    void anIssuedAccountWaitsForTheExactDepositThenIsDone() throws Exception {
        JsonPath issued = shop.api().body(request(32_000, """
                        , "validHours": 48, "useEscrow": true,
                         "cashReceipt": {"type": "INCOME_DEDUCTION", "registrationNumber": "010-1234-5678"}"""))
                .post("/v1/virtual-accounts")
                .then().statusCode(200)
                .body("status", equalTo("WAITING_FOR_DEPOSIT"))
                .body("method", equalTo("VIRTUAL_ACCOUNT"))
                .body("virtualAccount.bankCode", equalTo("88"))
                .body("virtualAccount.accountNumber", matchesPattern("88\\d{12}"))
                .body("virtualAccount.customerName", equalTo("김민지"))
                .body("virtualAccount.refundStatus", equalTo("NONE"))
                .body("virtualAccount.dueDate", matchesPattern(".*\\+09:00"))
                .body("cashReceipt.status", equalTo("REQUESTED"))
                .body("cashReceipt.registrationNumber", equalTo("010****5678"))
                .body("useEscrow", equalTo(true))
                .body("approvedAt", nullValue())
                .extract().jsonPath();
        String paymentKey = issued.getString("paymentKey");
        Duration open = Duration.between(OffsetDateTime.now(),
                OffsetDateTime.parse(issued.getString("virtualAccount.dueDate")));
        assertThat(open).isBetween(Duration.ofHours(47), Duration.ofHours(48));

        deposit(paymentKey, 31_999).statusCode(400).contentType(PROBLEM_JSON).body("code", equalTo("INVALID_DEPOSIT_AMOUNT"));
        shop.api().get("/v1/payments/" + paymentKey).then().body("status", equalTo("WAITING_FOR_DEPOSIT"));

        deposit(paymentKey, 32_000).statusCode(200)
                .body("status", equalTo("DONE"))
                .body("approvedAt", notNullValue())
                .body("cashReceipt.status", equalTo("ISSUED"))
                .body("cashReceipt.issueNumber", matchesPattern("\\d{9}"));
        deposit(paymentKey, 32_000).statusCode(409).body("code", equalTo("NOT_WAITING_FOR_DEPOSIT"));
        assertThat(journalEntries(paymentKey, "BANK_RECEIVABLE")).isEqualTo(1);
    }

    @Test
    void concurrentDepositNoticesCreditOnce() throws Exception {
        String paymentKey = issue(15_000);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> deposit(paymentKey, 15_000).extract().statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(journalEntries(paymentKey, "BANK_RECEIVABLE")).isEqualTo(1);
    }

    @Test
    void refusesBadRequestsWithTheirCodes() {
        shop.api().body(request(1_000, "").replace("\"88\"", "\"99\"")).post("/v1/virtual-accounts")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST")).body("message", matchesPattern("bank: .*"));
        shop.api().body(request(1_000, ", \"validHours\": 721")).post("/v1/virtual-accounts")
                .then().statusCode(400).body("message", matchesPattern("validHours: .*"));
        shop.api().body(request(0, "")).post("/v1/virtual-accounts").then().statusCode(400).body("code", equalTo("INVALID_AMOUNT"));
        shop.api().body(request(1_000, "").replace("\"김민지\"", "\" \"")).post("/v1/virtual-accounts")
                .then().statusCode(400).body("message", matchesPattern("customerName: .*"));
        shop.api().body(request(1_000, ", \"cashReceipt\": {\"type\": \"INCOME_DEDUCTION\", \"registrationNumber\": \"12\"}"))
                .post("/v1/virtual-accounts").then().statusCode(400)
                .body("message", matchesPattern("cashReceipt.registrationNumber: .*"));

        String card = shop.api().body("""
                        {"orderId": "va-%s", "orderName": "card", "amount": 1000, "cardNumber": "4330123456789018",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 18)))
                .post("/v1/payments/key-in").then().statusCode(200).extract().path("paymentKey");
        deposit(card, 1_000).statusCode(409).body("code", equalTo("NOT_WAITING_FOR_DEPOSIT"));
        TestMerchant other = TestMerchant.create("Other Bank Shop");
        String mine = issue(2_000);
        other.api().body("{\"amount\": 2000}").post("/v1/sandbox/virtual-accounts/" + mine + "/deposit")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND_PAYMENT"));
    }

    @Test
    void liveKeysCannotUseTheSandbox() {
        TestMerchant merchant = TestMerchant.create("Live Bank Shop");
        String liveSecret = TestMerchant.staff().body("{\"decision\": \"APPROVE\"}")
                .post("/v1/admin/merchants/" + merchant.id() + "/review")
                .then().statusCode(200).extract().path("keys.live.secretKey");
        String live = TestMerchant.withKey(liveSecret).body(request(9_000, "")).post("/v1/virtual-accounts")
                .then().statusCode(200).body("mode", equalTo("live")).extract().path("paymentKey");
        TestMerchant.withKey(liveSecret).body("{\"amount\": 9000}")
                .post("/v1/sandbox/virtual-accounts/" + live + "/deposit")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN_KEY"));
    }

    @Test
    void aDepositIsRefundedToTheCustomersAccountOnly() {
        String paymentKey = issue(20_000);
        deposit(paymentKey, 20_000).statusCode(200);
        shop.api().body("{\"cancelReason\": \"out of stock\"}").post("/v1/payments/" + paymentKey + "/cancel")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST"))
                .body("message", matchesPattern("refundReceiveAccount: .*"));
        shop.api().body("""
                        {"cancelReason": "one book out of stock", "cancelAmount": 5000,
                         "refundReceiveAccount": {"bank": "04", "accountNumber": "123-456-789012", "holderName": "김민지"}}""")
                .post("/v1/payments/" + paymentKey + "/cancel")
                .then().statusCode(200)
                .body("status", equalTo("PARTIAL_CANCELED"))
                .body("virtualAccount.refundStatus", equalTo("PARTIAL_COMPLETED"));
        shop.api().body("""
                        {"cancelReason": "rest", "refundReceiveAccount": {"bank": "04", "accountNumber": "123456789012",
                         "holderName": "김민지"}}""")
                .post("/v1/payments/" + paymentKey + "/cancel")
                .then().statusCode(200)
                .body("status", equalTo("CANCELED"))
                .body("balanceAmount", equalTo(0))
                .body("virtualAccount.refundStatus", equalTo("COMPLETED"));
    }

    @Test
    void anAccountPastItsDueDateExpiresAndTheBankTakesNoMoreDeposits() throws Exception {
        String paymentKey = issue(7_000);
        try (Connection db = TestStack.database();
             PreparedStatement overdue = db.prepareStatement(
                     "update pay_payment set va_due_at = utc_timestamp(6) - interval 1 minute where payment_key = ?")) {
            overdue.setString(1, paymentKey);
            assertThat(overdue.executeUpdate()).isEqualTo(1);
        }
        // the expiry timer runs every 5 s in the test stack
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> shop.api().get("/v1/payments/" + paymentKey).then().extract().path("status"),
                        "EXPIRED"::equals);
        deposit(paymentKey, 7_000).statusCode(409).body("code", equalTo("NOT_WAITING_FOR_DEPOSIT"));
        assertThat(journalEntries(paymentKey, "BANK_RECEIVABLE")).isZero();
    }

    private static int journalEntries(String paymentKey, String account) throws Exception {
        try (Connection db = TestStack.database();
             PreparedStatement count = db.prepareStatement("select count(*) from ldg_posting p join ldg_journal_entry e "
                     + "on p.entry_id = e.id where e.payment_key = ? and p.account = ?")) {
            count.setString(1, paymentKey);
            count.setString(2, account);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
