package org.paygrid.fds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.paygrid.support.TestMerchant.staff;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.SettlementRuns;
import org.paygrid.support.PaymentWindow;
import org.paygrid.support.Shared;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.testkit.Cards;
import org.paygrid.testkit.Sql;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Fraud detection over HTTP (contract section 11): the sandbox cards, the card velocity rule with declines counted,
 * a REVIEW payment held from settlement until risk staff clear it, a review refunded, the rules changed per
 * merchant and in shadow mode, and who may do it.
 */
@PaygridIT
@ResourceLock(Shared.FRAUD_RULE_DEFAULTS)
@ResourceLock(Shared.SETTLEMENT_RUNS)   // its review tests run the settlement of their dates
class FraudDetectionIT {

    private static final String BLOCK_CARD = "4100000000000019";
    private static final String REVIEW_CARD = "4000000000004954";
    private static final String DECLINED_CARD = "4000000000000002";

    private static io.restassured.response.Response keyIn(TestMerchant shop, String orderId, long amount, String card) {
        return shop.api().body("""
                        {"orderId": "%s", "orderName": "FDS", "amount": %d, "cardNumber": "%s",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(orderId, amount, card))
                .post("/v1/payments/key-in");
    }

    private static String order() {
        return "fds-" + UUID.randomUUID().toString().substring(0, 18);
    }

    private static String risk() {
        return TestStack.userToken("risk");
    }

    @Test
    void theSandboxBlockCardIsRefusedBeforeTheNetworkSeesIt() throws Exception {
        TestMerchant shop = TestMerchant.create("FDS Block Shop");
        String orderId = order();
        keyIn(shop, orderId, 12_000, BLOCK_CARD).then().statusCode(403).body("code", equalTo("FDS_ERROR"));

        JsonPath payment = shop.api().get("/v1/payments/orders/" + orderId).then().statusCode(200).extract().jsonPath();
        assertThat(payment.getString("status")).isEqualTo("ABORTED");
        assertThat(payment.getString("failure.code")).isEqualTo("FDS_ERROR");
        assertThat(payment.getString("fds.decision")).isEqualTo("BLOCK");
        assertThat(payment.getList("fds.rules", String.class)).containsExactly("SANDBOX_BLOCK");
        String paymentKey = payment.getString("paymentKey");
        try (Connection db = TestStack.database(); Connection sim = TestStack.simulatorDatabase()) {
            String reference = networkReference(db, paymentKey);
            assertThat(reference).isNotNull();
            assertThat(Sql.count(sim, "select count(*) from sim_card_authorization where reference = ?", reference))
                    .as("the network never saw the blocked payment").isZero();
            assertThat(Sql.count(db, "select count(*) from ldg_journal_entry where payment_key = ?", paymentKey))
                    .as("nothing booked").isZero();
            assertThat(Sql.count(db, "select count(*) from evt_event where ordering_key = ?", paymentKey))
                    .as("one event: the payment aborted").isEqualTo(1);
            assertThat(Sql.count(db, "select count(*) from fds_screening where payment_key = ? and decision = 'BLOCK' "
                    + "and card_bin = '410000' and card_fingerprint is not null", paymentKey)).isEqualTo(1);
            assertThat(Sql.count(db, "select count(*) from fds_screening where concat_ws('|', card_fingerprint, "
                    + "card_bin, customer_email, customer_ip, fired) like '%4100000000000019%'"))
                    .as("the card number is stored nowhere").isZero();
        }
    }

    @Test
    void theSixthAttemptWithOneCardWithinTenMinutesIsBlockedAndDeclinesCount() {
        TestMerchant shop = TestMerchant.create("FDS Velocity Shop");
        for (int attempt = 1; attempt <= 5; attempt++) {
            keyIn(shop, order(), 1_000, DECLINED_CARD).then().statusCode(402).body("code", equalTo("REJECT_CARD_COMPANY"));
        }
        keyIn(shop, order(), 1_000, DECLINED_CARD).then().statusCode(403).body("code", equalTo("FDS_ERROR"));
        keyIn(shop, order(), 1_000, Cards.fresh()).then().statusCode(200);   // another card goes on
        // counted per merchant: the same card at another shop is its first attempt there
        keyIn(TestMerchant.create("FDS Other Shop"), order(), 1_000, DECLINED_CARD).then().statusCode(402);
    }

    @Test
    void aReviewPaymentIsHeldFromSettlementUntilRiskStaffClearIt() throws Exception {
        TestMerchant shop = TestMerchant.create("FDS Review Shop");
        JsonPath held = keyIn(shop, order(), 7_000, REVIEW_CARD).then().statusCode(200).extract().jsonPath();
        assertThat(held.getString("status")).isEqualTo("DONE");
        assertThat(held.getString("fds.decision")).isEqualTo("REVIEW");
        assertThat(held.getString("fds.reviewStatus")).isEqualTo("OPEN");
        String reviewed = held.getString("paymentKey");
        String plain = keyIn(shop, order(), 3_000, Cards.fresh()).then().statusCode(200)
                .body("fds.decision", equalTo("ALLOW")).extract().path("paymentKey");

        List<Map<String, Object>> queue = staff(risk()).get("/v1/admin/fds/reviews?status=OPEN&limit=100")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(queue).anySatisfy(item -> {
            assertThat(item).containsEntry("merchantId", shop.id());
            assertThat(((Map<?, ?>) item.get("payment")).get("paymentKey")).isEqualTo(reviewed);
            assertThat(item.get("screening").toString()).contains("SANDBOX_REVIEW");
        });

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        SettlementRuns.runToCompletion(today);
        assertThat(settledPayments(shop, today)).contains(plain).doesNotContain(reviewed);

        staff(risk()).body("{\"decision\": \"CLEAR\", \"note\": \"customer called, known buyer\"}")
                .post("/v1/admin/fds/reviews/" + reviewed).then().statusCode(200)
                .body("fds.reviewStatus", equalTo("CLEARED"));
        staff(risk()).body("{\"decision\": \"CLEAR\", \"note\": \"again\"}").post("/v1/admin/fds/reviews/" + reviewed)
                .then().statusCode(409).body("code", equalTo("NOT_UNDER_REVIEW"));
        SettlementRuns.runToCompletion(today);
        assertThat(settledPayments(shop, today)).contains(plain, reviewed);
    }

    @Test
    void aPaymentClearedAfterItsDatesRunIsSettledByTheNextRunWithItsSoldDateAndAPayoutFromThatRun() throws Exception {
        TestMerchant shop = TestMerchant.create("FDS Late Shop");
        String reviewed = keyIn(shop, order(), 8_000, REVIEW_CARD).then().statusCode(200).extract().path("paymentKey");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        // a week back, so that a payout counted from the sale could never fall on the run's payout date
        LocalDate weekAgo = today.minusDays(7);
        try (Connection db = TestStack.database(); var move = db.prepareStatement(
                "update pay_payment set approved_at = date_sub(approved_at, interval 7 day) where payment_key = ?")) {
            move.setString(1, reviewed);   // as if it had been sold a week ago
            assertThat(move.executeUpdate()).isEqualTo(1);
        }
        SettlementRuns.runToCompletion(weekAgo);
        assertThat(settledPayments(shop, weekAgo)).doesNotContain(reviewed);   // held from its own date's run
        String sameDay = keyIn(shop, order(), 2_000, Cards.fresh()).then().statusCode(200).extract().path("paymentKey");

        staff(risk()).body("{\"decision\": \"CLEAR\", \"note\": \"verified with the customer\"}")
                .post("/v1/admin/fds/reviews/" + reviewed).then().statusCode(200);
        SettlementRuns.runToCompletion(today);
        JsonPath lines = shop.api().get("/v1/settlements?startDate=" + weekAgo + "&endDate=" + weekAgo)
                .then().statusCode(200).extract().jsonPath();
        assertThat(lines.getList("items.paymentKey", String.class)).containsExactly(reviewed);
        assertThat(lines.getString("items[0].soldDate")).isEqualTo(weekAgo.toString());
        // the payout counts from the run that settled it: the same date as a payment sold on the run's own date
        assertThat(lines.getString("items[0].paidOutDate")).isEqualTo(
                shop.api().get("/v1/settlements?startDate=" + today + "&endDate=" + today).then().extract().jsonPath()
                        .getString("items.find { it.paymentKey == '" + sameDay + "' }.paidOutDate"));
        SettlementRuns.runToCompletion(today);   // a re-run adds nothing
        assertThat(shop.api().get("/v1/settlements?startDate=" + weekAgo + "&endDate=" + weekAgo)
                .then().extract().jsonPath().getList("items")).hasSize(1);
    }

    @Test
    void aReviewRefundCancelsThePaymentInFullTheNormalWay() throws Exception {
        TestMerchant shop = TestMerchant.create("FDS Refund Shop");
        String reviewed = keyIn(shop, order(), 5_000, REVIEW_CARD).then().statusCode(200).extract().path("paymentKey");
        staff(risk()).body("{\"decision\": \"REFUND\", \"note\": \"stolen card reported\"}")
                .post("/v1/admin/fds/reviews/" + reviewed).then().statusCode(200)
                .body("status", equalTo("CANCELED")).body("fds.reviewStatus", equalTo("REFUNDED"))
                .body("cancels[0].cancelReason", equalTo("FDS review: stolen card reported"));
        try (Connection db = TestStack.database()) {
            assertThat(Sql.count(db, "select count(*) from ldg_journal_entry where payment_key = ?", reviewed))
                    .as("the sale and its cancel, each booked").isEqualTo(2);
        }
    }

    @Test
    void riskStaffTuneRulesPerMerchantAndInShadowAndOthersMayNot() throws Exception {
        TestMerchant laptops = TestMerchant.create("FDS Laptop Shop");
        TestMerchant books = TestMerchant.create("FDS Book Shop");
        staff(risk()).body("{\"enabled\": true, \"mode\": \"ENFORCE\", \"params\": {\"minAmount\": 10000000, "
                        + "\"decision\": \"REVIEW\"}}")
                .put("/v1/admin/fds/rules/AMOUNT_REVIEW/merchants/" + laptops.id()).then().statusCode(200)
                .body("merchantId", equalTo(laptops.id())).body("params.minAmount", equalTo(10_000_000));
        keyIn(laptops, order(), 6_000_000, Cards.fresh()).then().statusCode(200).body("fds.decision", equalTo("ALLOW"));
        keyIn(books, order(), 6_000_000, Cards.fresh()).then().statusCode(200).body("fds.decision", equalTo("REVIEW"))
                .body("fds.rules", hasItem("AMOUNT_REVIEW"));

        // shadow: the rule fires and is recorded, and decides nothing
        staff(risk()).body("{\"enabled\": true, \"mode\": \"SHADOW\", \"params\": {\"key\": \"CARD\", "
                        + "\"windowMinutes\": 10, \"maxAttempts\": 1, \"decision\": \"BLOCK\"}}")
                .put("/v1/admin/fds/rules/CARD_VELOCITY/merchants/" + books.id()).then().statusCode(200);
        String card = Cards.fresh();
        keyIn(books, order(), 1_000, card).then().statusCode(200);
        String second = keyIn(books, order(), 1_000, card).then().statusCode(200)
                .body("fds.decision", equalTo("ALLOW")).extract().path("paymentKey");
        try (Connection db = TestStack.database()) {
            assertThat(Sql.count(db, "select count(*) from fds_screening where payment_key = ? "
                    + "and fired like '%\"ruleId\":\"CARD_VELOCITY\",\"mode\":\"SHADOW\"%'", second)).isEqualTo(1);
            assertThat(Sql.count(db, "select count(*) from fds_rule_change where merchant_id in (?, ?)",
                    laptops.id(), books.id())).isEqualTo(2);
            assertThat(Sql.count(db, "select count(*) from aud_audit_entry where action = 'FDS_RULE_CHANGED' "
                    + "and target_id in (?, ?)", "AMOUNT_REVIEW@" + laptops.id(), "CARD_VELOCITY@" + books.id()))
                    .isEqualTo(2);
        }

        // the default, for every merchant: set to what it is, as a new version with its history
        int version = staff(risk()).get("/v1/admin/fds/rules").then().statusCode(200).extract().jsonPath()
                .getInt("items.find { it.ruleId == 'AMOUNT_REVIEW' }.version");
        staff(risk()).body("{\"enabled\": true, \"mode\": \"ENFORCE\", \"params\": {\"minAmount\": 5000000, "
                        + "\"decision\": \"REVIEW\"}}")
                .put("/v1/admin/fds/rules/AMOUNT_REVIEW").then().statusCode(200).body("version", equalTo(version + 1));

        staff(risk()).body("{\"enabled\": true, \"mode\": \"ENFORCE\", \"params\": {\"minAmount\": -5, "
                + "\"decision\": \"REVIEW\"}}").put("/v1/admin/fds/rules/AMOUNT_REVIEW").then().statusCode(400)
                .body("code", equalTo("INVALID_REQUEST"));
        staff(risk()).body("{\"enabled\": true, \"mode\": \"LOUD\", \"params\": {}}")
                .put("/v1/admin/fds/rules/AMOUNT_REVIEW").then().statusCode(400);
        staff(risk()).body("{\"enabled\": true, \"mode\": \"ENFORCE\", \"params\": {}}")
                .put("/v1/admin/fds/rules/NO_SUCH_RULE").then().statusCode(404).body("code", equalTo("NOT_FOUND_FDS_RULE"));
        staff(TestStack.userToken("support")).get("/v1/admin/fds/rules").then().statusCode(403);
        staff(TestStack.userToken("finance")).get("/v1/admin/fds/reviews").then().statusCode(403);
        staff(TestStack.userToken("admin")).get("/v1/admin/fds/rules").then().statusCode(200);
    }

    @Test
    void aVelocityRuleKeyedByTheCustomersAddressCountsWindowPaymentsWithDifferentCards() throws Exception {
        TestMerchant shop = TestMerchant.create("FDS Address Shop");
        staff(risk()).body("{\"enabled\": true, \"mode\": \"ENFORCE\", \"params\": {\"key\": \"IP\", "
                        + "\"windowMinutes\": 10, \"maxAttempts\": 2, \"decision\": \"BLOCK\"}}")
                .put("/v1/admin/fds/rules/CARD_VELOCITY/merchants/" + shop.id()).then().statusCode(200)
                .body("params.key", equalTo("IP"));
        for (int attempt = 1; attempt <= 3; attempt++) {
            String orderId = order();
            String paymentKey = shop.api().body(PaymentWindow.payment(orderId, 2_000))
                    .post("/v1/payments").then().statusCode(200).extract().path("paymentKey");
            assertThat(PaymentWindow.payWithCard(paymentKey, Cards.fresh()).statusCode())
                    .isEqualTo(303);
            var confirmed = shop.api().body("{\"paymentKey\": \"%s\", \"orderId\": \"%s\", \"amount\": 2000}"
                    .formatted(paymentKey, orderId)).post("/v1/payments/confirm");
            if (attempt <= 2) {
                confirmed.then().statusCode(200).body("status", equalTo("DONE"));
            } else {
                confirmed.then().statusCode(403).body("code", equalTo("FDS_ERROR"));
                try (Connection db = TestStack.database()) {
                    assertThat(Sql.count(db, "select count(*) from fds_screening where payment_key = ? "
                            + "and customer_ip is not null and fired like '%\"key\":\"IP\"%'", paymentKey)).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void aVelocityRuleKeyedByTheCustomersEmailCountsItWhateverItsCase() throws Exception {
        TestMerchant shop = TestMerchant.create("FDS Email Shop");
        staff(risk()).body("{\"enabled\": true, \"mode\": \"ENFORCE\", \"params\": {\"key\": \"EMAIL\", "
                        + "\"windowMinutes\": 10, \"maxAttempts\": 1, \"decision\": \"REVIEW\"}}")
                .put("/v1/admin/fds/rules/CARD_VELOCITY/merchants/" + shop.id()).then().statusCode(200);
        windowPayment(shop, "Buyer@Example.com", 3_000).then().statusCode(200).body("fds.decision", equalTo("ALLOW"));
        windowPayment(shop, "buyer@example.com", 3_000).then().statusCode(200).body("fds.decision", equalTo("REVIEW"))
                .body("fds.rules", hasItem("CARD_VELOCITY")).body("fds.reviewStatus", equalTo("OPEN"));
        windowPayment(shop, "other@example.com", 3_000).then().statusCode(200).body("fds.decision", equalTo("ALLOW"));
    }

    @Test
    void riskStaffBlockACardAnEmailAndABinWithAReasonAndTakeThemOffAgain() throws Exception {
        TestMerchant shop = TestMerchant.create("FDS List Shop");
        String card = Cards.fresh();
        keyIn(shop, order(), 1_000, card).then().statusCode(200);

        long cardEntry = staff(risk()).body("{\"list\": \"CARD\", \"cardNumber\": \"" + card
                        + "\", \"reason\": \"chargeback 2026-12\"}").post("/v1/admin/fds/lists").then().statusCode(201)
                .body("list", equalTo("CARD")).body("active", equalTo(true)).body("addedBy", equalTo("risk"))
                .extract().jsonPath().getLong("id");
        String blocked = order();
        keyIn(shop, blocked, 1_000, card).then().statusCode(403).body("code", equalTo("FDS_ERROR"));
        assertThat(shop.api().get("/v1/payments/orders/" + blocked).then().extract().jsonPath()
                .getList("fds.rules", String.class)).containsExactly("BLOCKED_CARD");
        try (Connection db = TestStack.database()) {
            assertThat(Sql.count(db, "select count(*) from fds_list_entry where list_value like ?", "%" + card + "%"))
                    .as("a card is listed by its fingerprint").isZero();
        }

        // the same card, taken off the list: allowed again
        staff(risk()).delete("/v1/admin/fds/lists/" + cardEntry).then().statusCode(200)
                .body("active", equalTo(false)).body("removedBy", equalTo("risk"));
        keyIn(shop, order(), 1_000, card).then().statusCode(200).body("fds.decision", equalTo("ALLOW"));

        // an e-mail, in any case, until its expiry; listed from a payment of it
        String fromEmail = windowPayment(shop, "Fraudster@Example.com", 2_000).then().statusCode(200)
                .extract().path("paymentKey");
        staff(risk()).body("{\"list\": \"EMAIL\", \"paymentKey\": \"" + fromEmail + "\", \"reason\": \"stolen "
                        + "identity\", \"expiresAt\": \"2099-01-01T00:00:00+09:00\"}")
                .post("/v1/admin/fds/lists").then().statusCode(201).body("value", equalTo("fraudster@example.com"));
        windowPayment(shop, "FRAUDSTER@example.com", 2_000).then().statusCode(403).body("code", equalTo("FDS_ERROR"));

        // a BIN blocks every card of it (not the test network's BIN, which every other test uses)
        String bin = "499876";
        staff(risk()).body("{\"list\": \"BIN\", \"value\": \"" + bin + "\", \"reason\": \"test\", "
                + "\"expiresAt\": \"2099-01-01T00:00:00+09:00\"}").post("/v1/admin/fds/lists").then().statusCode(201);
        keyIn(shop, order(), 1_000, Cards.fresh(bin)).then().statusCode(403);
        keyIn(shop, order(), 1_000, Cards.fresh(bin)).then().statusCode(403);
        long binEntry = staff(risk()).get("/v1/admin/fds/lists?list=BIN").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.value == '" + bin + "' }.id");
        staff(risk()).delete("/v1/admin/fds/lists/" + binEntry).then().statusCode(200);

        staff(risk()).body("{\"list\": \"BIN\", \"value\": \"12\", \"reason\": \"x\"}")
                .post("/v1/admin/fds/lists").then().statusCode(400).body("code", equalTo("INVALID_REQUEST"));
        staff(risk()).body("{\"list\": \"IP\", \"value\": \"203.0.113.7\", \"reason\": \"x\", "
                        + "\"expiresAt\": \"2020-01-01T00:00:00+09:00\"}").post("/v1/admin/fds/lists").then().statusCode(400);
        staff(risk()).delete("/v1/admin/fds/lists/999999999").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND_FDS_LIST_ENTRY"));
        staff(TestStack.userToken("support")).get("/v1/admin/fds/lists").then().statusCode(403);
        try (Connection db = TestStack.database()) {
            assertThat(Sql.count(db, "select count(*) from aud_audit_entry where target_type = 'FDS_LIST_ENTRY' "
                    + "and target_id in (?, ?) and actor = 'risk'", String.valueOf(cardEntry), String.valueOf(binEntry)))
                    .as("added and removed, both audited").isEqualTo(4);
        }
    }

    @Test
    void aPreviewTellsWhatARuleChangeWouldHaveDoneToTheLastDayAndChangesNothing() {
        TestMerchant shop = TestMerchant.create("FDS Preview Shop");
        for (long amount : new long[] {10_000, 60_000, 70_000}) {
            keyIn(shop, order(), amount, Cards.fresh()).then().statusCode(200);
        }
        var preview = staff(risk()).body("{\"enabled\": true, \"mode\": \"ENFORCE\", \"params\": {\"minAmount\": "
                        + "50000, \"decision\": \"REVIEW\"}}")
                .post("/v1/admin/fds/rules/AMOUNT_REVIEW/preview?merchantId=" + shop.id()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(preview.getLong("screened")).isEqualTo(3);
        assertThat(preview.getLong("current.reviewed")).isZero();
        assertThat(preview.getLong("proposed.reviewed")).isEqualTo(2);
        assertThat(preview.getLong("proposed.blocked")).isZero();
        var shadow = staff(risk()).body("{\"enabled\": true, \"mode\": \"SHADOW\", \"params\": {\"minAmount\": "
                        + "50000, \"decision\": \"BLOCK\"}}")
                .post("/v1/admin/fds/rules/AMOUNT_REVIEW/preview?merchantId=" + shop.id()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(shadow.getLong("proposed.fired")).isEqualTo(2);
        assertThat(shadow.getLong("proposed.blocked")).isZero();
        keyIn(shop, order(), 60_000, Cards.fresh()).then().statusCode(200).body("fds.decision", equalTo("ALLOW"));
    }

    @Test
    void theDecisionsLogIsSearchedByMerchantRuleAndDecision() {
        TestMerchant shop = TestMerchant.create("FDS Log Shop");
        String reviewed = keyIn(shop, order(), 1_000, REVIEW_CARD).then().statusCode(200).extract().path("paymentKey");
        keyIn(shop, order(), 1_000, Cards.fresh()).then().statusCode(200);
        var log = staff(risk()).get("/v1/admin/fds/screenings?merchantId=" + shop.id()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(log.getList("items")).hasSize(2);
        assertThat(staff(risk()).get("/v1/admin/fds/screenings?merchantId=" + shop.id() + "&ruleId=SANDBOX_REVIEW")
                .then().statusCode(200).extract().jsonPath().getList("items.paymentKey", String.class))
                .containsExactly(reviewed);
        assertThat(staff(risk()).get("/v1/admin/fds/screenings?merchantId=" + shop.id() + "&decision=ALLOW")
                .then().statusCode(200).extract().jsonPath().getList("items")).hasSize(1);
        staff(risk()).get("/v1/admin/fds/screenings?ruleId=DROP%20TABLE").then().statusCode(400);
    }

    private static io.restassured.response.Response windowPayment(TestMerchant shop, String email, long amount) {
        String orderId = order();
        String paymentKey = shop.api().body(PaymentWindow.payment(orderId, amount, email)).post("/v1/payments")
                .then().statusCode(200).extract().path("paymentKey");
        assertThat(PaymentWindow.payWithCard(paymentKey, Cards.fresh()).statusCode()).isEqualTo(303);
        return shop.api().body("{\"paymentKey\": \"%s\", \"orderId\": \"%s\", \"amount\": %d}"
                .formatted(paymentKey, orderId, amount)).post("/v1/payments/confirm");
    }

    private static List<String> settledPayments(TestMerchant shop, LocalDate date) {
        return shop.api().get("/v1/settlements?startDate=" + date + "&endDate=" + date + "&limit=100")
                .then().statusCode(200).extract().jsonPath().getList("items.paymentKey", String.class);
    }

    private static String networkReference(Connection db, String paymentKey) throws Exception {
        try (var select = db.prepareStatement("select network_reference from pay_payment where payment_key = ?")) {
            select.setString(1, paymentKey);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
