package org.paygrid.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.paygrid.support.TestMerchant.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;
import org.paygrid.testkit.Cards;

/**
 * Four-eyes staff refunds through the staff API, with the default approval limit of 1,000,000 KRW
 * ({@code paygrid.console.refund-approval-limit}): a larger refund stays pending and moves no money, its requester
 * cannot decide it, a second staff member's approval refunds it, and every step is in the audit log.
 */
@PaygridIT
class RefundApprovalIT {

    private static final String APPROVED_CARD = "4330123456789018";

    private static TestMerchant shop;


    @BeforeAll
    static void merchant() {
        shop = TestMerchant.create("Four Eyes Shop " + Long.toString(System.nanoTime(), 36));
    }

    private static String approvedPayment(long amount) {
        return shop.api().body("""
                        {"orderId": "fe-%s", "orderName": "Hanbit TV 65 inch", "amount": %d, "cardNumber": "%s",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 18), amount, Cards.fresh()))
                .post("/v1/payments/key-in").then().statusCode(200).body("status", equalTo("DONE"))
                .extract().path("paymentKey");
    }

    @Test
    void aRefundOverTheLimitWaitsForASecondStaffMemberWhoseApprovalRefundsIt() throws Exception {
        String paymentKey = approvedPayment(2_500_000);
        String support = TestStack.userToken("support");
        String admin = TestStack.userToken("admin");

        long requestId = staff(support).body("{\"cancelReason\": \"damaged on delivery\", \"cancelAmount\": 2000000}")
                .post("/v1/admin/payments/" + paymentKey + "/cancel")
                .then().statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("paymentKey", equalTo(paymentKey))
                .body("amount", equalTo(2_000_000))
                .body("fullRefund", equalTo(false))
                .body("requestedBy", equalTo("support"))
                .extract().jsonPath().getLong("id");

        // pending: no money moved, no cancel, no ledger entry
        shop.api().get("/v1/payments/" + paymentKey).then().statusCode(200)
                .body("status", equalTo("DONE")).body("balanceAmount", equalTo(2_500_000)).body("cancels", hasSize(0));
        assertThat(count("select count(*) from ldg_journal_entry where reference like 'cancel:%' and payment_key = ?",
                paymentKey)).isZero();

        // the requester can neither approve nor reject; finance may not decide refunds at all
        staff(support).post("/v1/admin/refund-requests/" + requestId + "/approve")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN_SELF_APPROVAL"));
        staff(support).body("{\"reason\": \"never mind\"}").post("/v1/admin/refund-requests/" + requestId + "/reject")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN_SELF_APPROVAL"));
        staff(TestStack.userToken("finance")).post("/v1/admin/refund-requests/" + requestId + "/approve")
                .then().statusCode(403);
        shop.api().get("/v1/payments/" + paymentKey).then().body("balanceAmount", equalTo(2_500_000));
        staff(admin).get("/v1/admin/refund-requests").then().statusCode(200)
                .body("items.findAll { it.id == " + requestId + " }.status", equalTo(List.of("PENDING")));

        // a second staff member approves: the refund is made, as the approver
        staff(admin).post("/v1/admin/refund-requests/" + requestId + "/approve")
                .then().statusCode(200)
                .body("status", equalTo("PARTIAL_CANCELED"))
                .body("balanceAmount", equalTo(500_000));
        shop.api().get("/v1/payments/" + paymentKey).then().statusCode(200)
                .body("balanceAmount", equalTo(500_000))
                .body("cancels", hasSize(1))
                .body("cancels[0].cancelAmount", equalTo(2_000_000))
                .body("cancels[0].cancelReason", equalTo("damaged on delivery"));
        staff(admin).get("/v1/admin/refund-requests/" + requestId).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("admin"))
                .body("transactionKey", notNullValue());

        // decided once: a second approval moves nothing
        staff(admin).post("/v1/admin/refund-requests/" + requestId + "/approve")
                .then().statusCode(409).body("code", equalTo("NOT_PENDING_REFUND_REQUEST"));
        shop.api().get("/v1/payments/" + paymentKey).then().body("balanceAmount", equalTo(500_000));

        assertThat(audit(paymentKey)).containsExactly(
                "support REFUND_REQUESTED",
                "admin REFUND_APPROVED",
                "admin PAYMENT_CANCELED");
    }

    @Test
    void aRejectedRequestRefundsNothingAndARefundWithinTheLimitIsMadeAtOnce() throws Exception {
        String paymentKey = approvedPayment(2_500_000);
        String support = TestStack.userToken("support");
        String admin = TestStack.userToken("admin");

        // no amount: the whole balance, which is over the limit
        long requestId = staff(admin).body("{\"cancelReason\": \"customer changed their mind\"}")
                .post("/v1/admin/payments/" + paymentKey + "/cancel")
                .then().statusCode(202)
                .body("fullRefund", equalTo(true)).body("amount", equalTo(2_500_000))
                .body("requestedBy", equalTo("admin"))
                .extract().jsonPath().getLong("id");
        staff(support).body("{\"reason\": \"the goods were not returned\"}")
                .post("/v1/admin/refund-requests/" + requestId + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("decidedBy", equalTo("support"));
        staff(support).post("/v1/admin/refund-requests/" + requestId + "/approve")
                .then().statusCode(409).body("code", equalTo("NOT_PENDING_REFUND_REQUEST"));
        shop.api().get("/v1/payments/" + paymentKey).then()
                .body("status", equalTo("DONE")).body("balanceAmount", equalTo(2_500_000)).body("cancels", hasSize(0));

        // exactly the limit: refunded at once, no request
        staff(support).body("{\"cancelReason\": \"one item returned\", \"cancelAmount\": 1000000}")
                .post("/v1/admin/payments/" + paymentKey + "/cancel")
                .then().statusCode(200).body("status", equalTo("PARTIAL_CANCELED")).body("balanceAmount", equalTo(1_500_000));

        assertThat(audit(paymentKey)).containsExactly(
                "admin REFUND_REQUESTED",
                "support REFUND_REJECTED",
                "support PAYMENT_CANCELED");
    }

    @Test
    void aLargeRefundSplitIntoSmallOnesStillNeedsASecondPersonAndAServiceAccountNeverApproves() throws Exception {
        String paymentKey = approvedPayment(3_000_000);
        String support = TestStack.userToken("support");
        String body = "{\"cancelReason\": \"split\", \"cancelAmount\": 1000000}";
        staff(support).body(body).post("/v1/admin/payments/" + paymentKey + "/cancel")
                .then().statusCode(200).body("balanceAmount", equalTo(2_000_000));
        long requestId = staff(support).body(body).post("/v1/admin/payments/" + paymentKey + "/cancel")
                .then().statusCode(202).body("status", equalTo("PENDING")).body("amount", equalTo(1_000_000))
                .extract().jsonPath().getLong("id");
        shop.api().get("/v1/payments/" + paymentKey).then().body("balanceAmount", equalTo(2_000_000));

        // the automation client has the admin role, but no service account is a second person
        staff(TestStack.opsToken()).post("/v1/admin/refund-requests/" + requestId + "/approve")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN_SERVICE_ACCOUNT_APPROVAL"));
        shop.api().get("/v1/payments/" + paymentKey).then().body("balanceAmount", equalTo(2_000_000));
        assertThat(audit(paymentKey)).containsExactly("support PAYMENT_CANCELED", "support REFUND_REQUESTED");
    }

    @Test
    void concurrentSmallRefundsOfOnePaymentCannotEachPassTheLimit() throws Exception {
        String paymentKey = approvedPayment(3_000_000);
        String support = TestStack.userToken("support");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answers.add(pool.submit(() -> staff(support)
                        .body("{\"cancelReason\": \"split at once\", \"cancelAmount\": 1000000}")
                        .post("/v1/admin/payments/" + paymentKey + "/cancel").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 202, 202);
        } finally {
            pool.shutdownNow();
        }
        shop.api().get("/v1/payments/" + paymentKey).then().body("balanceAmount", equalTo(2_000_000));
    }

    @Test
    void concurrentRefundsOfDifferentPaymentsByOnePersonCannotEachPassTheDailyTotal() throws Exception {
        // admin refunds alone nowhere else in the suite. Four refunds of 1,000,000 (each within the per-payment
        // limit) bring admin to 4,000,000 of the daily 5,000,000; then ten more at once, on ten payments so that no
        // payment's lock serialises them: exactly one may pass, whichever reads the total first
        String admin = TestStack.userToken("admin");
        String refund = "{\"cancelReason\": \"spread over payments\"}";
        for (int i = 0; i < 4; i++) {
            staff(admin).body(refund).post("/v1/admin/payments/" + approvedPayment(1_000_000) + "/cancel")
                    .then().statusCode(200);
        }
        List<String> paymentKeys = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            paymentKeys.add(approvedPayment(1_000_000));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        List<Integer> statuses = new ArrayList<>();
        // each cancel's insert takes half a second (a test-only trigger), so the ten transactions surely overlap
        // between reading the day's total and committing: only a lock held from that read on can keep them apart
        slowCancelInserts(true);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (String paymentKey : paymentKeys) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return staff(admin).body(refund).post("/v1/admin/payments/" + paymentKey + "/cancel")
                            .statusCode();
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
            slowCancelInserts(false);
        }
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 202).hasSize(9);
        assertThat(count("select coalesce(sum(amount), 0) from pay_transaction where refunded_alone_by = ?",
                "admin")).isEqualTo(5_000_000);
    }

    @Test
    void aStaffRefundRetriedWithItsIdempotencyKeyAfterTheFirstRequestDiedRefundsOnce() throws Exception {
        String paymentKey = approvedPayment(2_000_000);
        String support = TestStack.userToken("support");
        String key = UUID.randomUUID().toString();
        String small = "{\"cancelReason\": \"retried\", \"cancelAmount\": 300000}";
        staff(support).header("Idempotency-Key", key).body(small).post("/v1/admin/payments/" + paymentKey + "/cancel")
                .then().statusCode(200).body("balanceAmount", equalTo(1_700_000));
        TestStack.forgetIdempotencyKey(key);
        staff(support).header("Idempotency-Key", key).body(small).post("/v1/admin/payments/" + paymentKey + "/cancel")
                .then().statusCode(200).body("balanceAmount", equalTo(1_700_000)).body("cancels", hasSize(1));

        // over the limit: the retry answers the request the first one opened
        String otherKey = UUID.randomUUID().toString();
        String large = "{\"cancelReason\": \"retried large\", \"cancelAmount\": 1500000}";
        long requestId = staff(support).header("Idempotency-Key", otherKey).body(large)
                .post("/v1/admin/payments/" + paymentKey + "/cancel").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        TestStack.forgetIdempotencyKey(otherKey);
        staff(support).header("Idempotency-Key", otherKey).body(large)
                .post("/v1/admin/payments/" + paymentKey + "/cancel").then().statusCode(202)
                .body("id", equalTo((int) requestId));
        assertThat(count("select count(*) from pay_refund_request where payment_key = ?", paymentKey)).isEqualTo(1);
    }

    private static void slowCancelInserts(boolean slow) throws Exception {
        try (Connection db = TestStack.database(); var sql = db.createStatement()) {
            sql.execute("drop trigger if exists it_slow_cancel_insert");
            if (slow) {
                sql.execute("create trigger it_slow_cancel_insert before insert on pay_transaction for each row "
                        + "do sleep(0.5)");
            }
        }
    }

    /** The payment's audit entries, oldest first, as "actor ACTION". */
    private static List<String> audit(String paymentKey) throws Exception {
        List<String> entries = new ArrayList<>();
        try (Connection db = TestStack.database(); PreparedStatement audit = db.prepareStatement(
                "select actor, action from aud_audit_entry where target_type = 'PAYMENT' and target_id = ? order by id")) {
            audit.setString(1, paymentKey);
            try (ResultSet row = audit.executeQuery()) {
                while (row.next()) {
                    entries.add(row.getString("actor") + " " + row.getString("action"));
                }
            }
        }
        return entries;
    }

    private static long count(String sql, String parameter) throws Exception {
        try (Connection db = TestStack.database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
