package org.paygrid.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.SettlementRuns;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.testkit.Cards;
import org.paygrid.testkit.Sql;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.paygrid.support.Shared;

/**
 * Retention (docs/operations.md): records past their retention are removed with everything that belongs to them,
 * and nothing younger, nothing live and nothing the rules do not name is touched. Rows are aged in the database
 * (their times moved into the past), then staff start the housekeeping and wait for it.
 */
@PaygridIT
@ResourceLock(Shared.SETTLEMENT_RUNS)
class HousekeepingIT {

    @Test
    void removesWhatIsPastItsRetentionAndNothingElse() throws Exception {
        TestMerchant shop = TestMerchant.create("Housekeeping Shop");
        SettlementRuns.runToCompletion(java.time.LocalDate.of(2019, 1, 7));   // the batch runtime creates its tables at its first job
        OffsetDateTime started = OffsetDateTime.now();

        String oldTest = keyIn(shop);
        shop.api().body("{\"cancelReason\": \"part\", \"cancelAmount\": 500}").post("/v1/payments/" + oldTest + "/cancel")
                .then().statusCode(200);
        String youngTest = keyIn(shop);
        String oldUnpaid = window(shop);
        String youngUnpaid = window(shop);
        try (Connection db = TestStack.database()) {
            long oldEntries = Sql.count(db, "select count(*) from ldg_journal_entry where payment_key = ?", oldTest);
            assertThat(oldEntries).as("approval and cancel entries").isEqualTo(2);
            age(db, "update pay_payment set updated_at = utc_timestamp(6) - interval 91 day where payment_key = ?", oldTest);
            age(db, "update pay_payment set status = 'EXPIRED', requested_at = utc_timestamp(6) - interval 91 day "
                    + "where payment_key = ?", oldUnpaid);
            age(db, "update pay_payment set status = 'EXPIRED' where payment_key = ?", youngUnpaid);
            long oldEvent = Sql.count(db, "select max(seq) from evt_event where merchant_id = ?", shop.id());
            age(db, "update evt_event set created_at = utc_timestamp(6) - interval 31 day where seq = ?", oldEvent);
            String oldKey = "hk-" + UUID.randomUUID();
            shop.api().header("Idempotency-Key", oldKey).body(keyInBody()).post("/v1/payments/key-in").then().statusCode(200);
            age(db, "update idm_idempotency_key set created_at = utc_timestamp(6) - interval 16 day where idem_key = ?", oldKey);
            long oldAudit = audit(db, 13);
            long youngAudit = audit(db, 11);
            assertThatThrownBy(() -> age(db, "delete from aud_audit_entry where id = ?", youngAudit))
                    .as("the audit log refuses to lose an entry younger than 12 months").isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            long oldRun = oldSettlementRun(db);

            JsonPath done = runHousekeeping(started);

            assertThat(Sql.count(db, "select count(*) from pay_payment where payment_key in (?, ?)", oldTest, oldUnpaid))
                    .as("expired test and unpaid payments").isZero();
            assertThat(Sql.count(db, "select count(*) from pay_transaction where payment_key = ?", oldTest)).isZero();
            assertThat(Sql.count(db, "select count(*) from ldg_journal_entry where payment_key = ?", oldTest)).isZero();
            assertThat(Sql.count(db, "select count(*) from pay_payment where payment_key in (?, ?)", youngTest, youngUnpaid))
                    .as("young payments stay").isEqualTo(2);
            assertThat(Sql.count(db, "select count(*) from evt_event where seq = ?", oldEvent)).isZero();
            assertThat(Sql.count(db, "select count(*) from evt_event where merchant_id = ?", shop.id())).isPositive();
            assertThat(Sql.count(db, "select count(*) from idm_idempotency_key where idem_key = ?", oldKey)).isZero();
            assertThat(Sql.count(db, "select count(*) from aud_audit_entry where id in (?, ?)", oldAudit, youngAudit))
                    .as("only the entry older than 12 months goes").isEqualTo(1);
            assertThat(Sql.count(db, "select count(*) from aud_audit_entry where id = ?", youngAudit)).isEqualTo(1);
            assertThat(Sql.count(db, "select count(*) from bat_EXECUTIONINSTANCEDATA e join stl_run r "
                    + "on r.execution_id = e.jobexecid where r.id = ?", oldRun)).as("the old job's record").isZero();
            TestMerchant.staff().get("/v1/admin/settlements/runs/" + oldRun).then().statusCode(200)
                    .body("status", equalTo("COMPLETED")).body("date", equalTo("2019-01-07"));
            assertThat(done.getList("rules.findAll { it.lastRun.outcome != 'COMPLETED' }")).isEmpty();
            assertThat(done.getLong("rules.find { it.rule == 'test-payments' }.lastRun.removed")).isPositive();
            assertThat(done.getString("rules.find { it.rule == 'events' }.keptFor")).isEqualTo("P30D");
        }
        shop.api().get("/v1/payments/" + youngTest).then().statusCode(200);
        shop.api().get("/v1/payments/" + oldTest).then().statusCode(404);
        TestMerchant.staff().get("/v1/admin/ledger/trial-balance").then().statusCode(200)
                .body("balanced", equalTo(true)).body("matchesPayments", equalTo(true));
        TestMerchant.staff().get("/v1/admin/audit-log?targetType=HOUSEKEEPING").then().statusCode(200)
                .body("items[0].action", equalTo("HOUSEKEEPING_STARTED"));
    }

    /**
     * Starts a run as staff and waits until every rule has a run that started at or after {@code since}, in whole
     * seconds as the staff API shows times.
     */
    private static JsonPath runHousekeeping(OffsetDateTime started) {
        OffsetDateTime since = started.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        TestMerchant.staff().post("/v1/admin/housekeeping/runs").then().statusCode(202);
        try {
            return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300)).until(
                    () -> TestMerchant.staff().get("/v1/admin/housekeeping").then().statusCode(200).extract().jsonPath(),
                    view -> !view.getBoolean("running") && view.getList("rules.lastRun.startedAt", String.class).stream()
                            .allMatch(at -> at != null && !OffsetDateTime.parse(at).isBefore(since)));
        } catch (org.awaitility.core.ConditionTimeoutException notDone) {
            throw new AssertionError("the housekeeping did not finish after " + since + ": "
                    + TestMerchant.staff().get("/v1/admin/housekeeping").asString(), notDone);
        }
    }

    private static String keyIn(TestMerchant shop) {
        return shop.api().body(keyInBody()).post("/v1/payments/key-in").then().statusCode(200).extract().path("paymentKey");
    }

    private static String keyInBody() {
        return """
                {"orderId": "hk-%s", "orderName": "Housekeeping", "amount": 3000, "cardNumber": "%s",
                 "cardExpirationYear": "30", "cardExpirationMonth": "12"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 12), Cards.fresh());
    }

    private static String window(TestMerchant shop) {
        return shop.api().body("""
                        {"orderId": "hk-%s", "orderName": "Unpaid", "amount": 3000,
                         "successUrl": "https://shop.example.kr/ok", "failUrl": "https://shop.example.kr/fail"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 12)))
                .post("/v1/payments").then().statusCode(200).extract().path("paymentKey");
    }

    private static void age(Connection db, String sql, Object key) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, key);
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    private static long audit(Connection db, int monthsAgo) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("insert into aud_audit_entry (occurred_at, actor, action, target_type, target_id) "
                    + "values (utc_timestamp(6) - interval " + monthsAgo + " month, 'it', 'AGED', 'HOUSEKEEPING_IT', "
                    + "'" + monthsAgo + "')", Statement.RETURN_GENERATED_KEYS);
            try (ResultSet key = statement.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** The settlement run of 2019-01-07 made 100 days old: its batch job's executions created then. */
    private static long oldSettlementRun(Connection db) throws SQLException {
        long run = Sql.count(db, "select max(id) from stl_run where business_date = '2019-01-07'");
        try (PreparedStatement statement = db.prepareStatement("""
                update bat_EXECUTIONINSTANCEDATA e join stl_run r on r.execution_id = e.jobexecid
                set e.createtime = utc_timestamp() - interval 100 day where r.id = ?""")) {
            statement.setLong(1, run);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
        return run;
    }
}
