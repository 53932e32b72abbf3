package org.paygrid.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.paygrid.support.TestMerchant.staff;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.paygrid.support.Shared;

/**
 * The settlement job end to end (contract section 8): fee plan, the Jakarta Batch run for today's date, lines with
 * the contract's formulas, payouts on D+N business days, a re-run that adds nothing, payout release, CSV.
 */
@PaygridIT
@ResourceLock(Shared.SETTLEMENT_RUNS)
class SettlementApiIT {

    private static final String CARD = "4330123456789018";


    private static String keyIn(TestMerchant merchant, long amount) {
        return merchant.api().body("""
                        {"orderId": "stl-%s", "orderName": "Settlement", "amount": %d, "cardNumber": "%s",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 18), amount, CARD))
                .post("/v1/payments/key-in").then().statusCode(200).extract().path("paymentKey");
    }

    private static JsonPath runToCompletion(String token, LocalDate date) throws InterruptedException {
        long runId = staff(token).body("{\"date\": \"" + date + "\"}").post("/v1/admin/settlements/runs")
                .then().statusCode(200).body("date", equalTo(date.toString())).extract().jsonPath().getLong("runId");
        JsonPath run = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(300))
                .until(() -> staff(token).get("/v1/admin/settlements/runs/" + runId).then().statusCode(200)
                        .extract().jsonPath(), ended -> List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
                        .contains(ended.getString("status")));
        assertThat(run.getString("status")).as("run " + runId + " " + run.prettify()).isEqualTo("COMPLETED");
        return run;
    }

    @Test
    void settlesTheDayWithTheMerchantsPlanAndARerunAddsNothing() throws Exception {
        String token = TestStack.opsToken();
        TestMerchant shop = TestMerchant.create("Settled Shop");
        staff(token).get("/v1/admin/merchants/" + shop.id() + "/fee-plan").then().statusCode(200)
                .body("isDefault", equalTo(true)).body("rates.CARD", equalTo("3.20")).body("settlementCycleDays", equalTo(2));
        staff(token).body("{\"rates\": {\"CARD\": \"2.75\"}, \"fixedFee\": 10, \"settlementCycleDays\": 3}")
                .put("/v1/admin/merchants/" + shop.id() + "/fee-plan")
                .then().statusCode(200).body("rates.CARD", equalTo("2.75")).body("rates.TRANSFER", equalTo("1.80"))
                .body("isDefault", equalTo(false));

        String sale = keyIn(shop, 15_000);
        keyIn(shop, 1_234);
        String cancel = shop.api().body("{\"cancelReason\": \"one item\", \"cancelAmount\": 5000}")
                .post("/v1/payments/" + sale + "/cancel").then().statusCode(200)
                .extract().path("cancels[0].transactionKey");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));

        JsonPath run = runToCompletion(token, today);
        assertThat(run.getLong("linesWritten")).isGreaterThanOrEqualTo(3);

        JsonPath lines = shop.api().get("/v1/settlements?startDate=" + today + "&endDate=" + today).then().statusCode(200)
                .extract().jsonPath();
        assertThat(lines.getList("items")).hasSize(3);
        // 15,000 at 2.75% + 10: fee floor(412.5) + 10 = 422, VAT 42, payout 14,536
        assertThat(line(lines, 15_000)).containsEntry("fee", 422).containsEntry("vat", 42).containsEntry("payOutAmount", 14_536);
        // 1,234: fee floor(33.935) + 10 = 43, VAT round_half_up(4.3) = 4, payout 1,187
        assertThat(line(lines, 1_234)).containsEntry("fee", 43).containsEntry("vat", 4).containsEntry("payOutAmount", 1_187);
        // the cancel: -(floor(137.5) + 10) = -147, VAT -15, payout -4,838
        assertThat(line(lines, -5_000)).containsEntry("fee", -147).containsEntry("vat", -15)
                .containsEntry("payOutAmount", -4_838).containsEntry("method", "CARD");
        // one key follows each movement: its settlement line, its journal entry and the event of the change it made
        String saleKey = (String) line(lines, 15_000).get("transactionKey");
        assertThat(line(lines, -5_000)).containsEntry("transactionKey", cancel);
        for (String movement : List.of(saleKey, cancel)) {
            assertThat(count("select count(*) from ldg_journal_entry where transaction_key = '" + movement + "'"))
                    .as("journal entries of " + movement).isEqualTo(1);
            assertThat(count("select count(*) from evt_event where transaction_key = '" + movement + "'"))
                    .as("events of " + movement).isEqualTo(1);
        }
        LocalDate payoutDate = plusBusinessDays(today, 3);
        assertThat(lines.getList("items.paidOutDate", String.class)).containsOnly(payoutDate.toString());
        assertThat(lines.getList("items.soldDate", String.class)).containsOnly(today.toString());

        // a page at a time, by sold date and by payout date: each line once, then no further cursor
        for (String dates : List.of("startDate=" + today + "&endDate=" + today,
                "dateType=PAID_OUT_DATE&startDate=" + payoutDate + "&endDate=" + payoutDate)) {
            List<String> seen = new java.util.ArrayList<>();
            String cursor = null;
            do {
                JsonPath page = shop.api().get("/v1/settlements?limit=1&" + dates + (cursor == null ? "" : "&cursor=" + cursor))
                        .then().statusCode(200).extract().jsonPath();
                seen.addAll(page.getList("items.transactionKey", String.class));
                cursor = page.getString("nextCursor");
            } while (cursor != null && seen.size() < 10);
            assertThat(seen).as(dates).containsExactlyInAnyOrderElementsOf(lines.getList("items.transactionKey", String.class));
        }
        shop.api().get("/v1/settlements?startDate=" + today + "&endDate=" + today + "&cursor=not-a-cursor")
                .then().statusCode(400);

        JsonPath payouts = shop.api().get("/v1/payouts?startDate=" + today + "&endDate=" + payoutDate.plusDays(7))
                .then().statusCode(200).extract().jsonPath();
        assertThat(payouts.getList("items")).hasSize(1);
        assertThat(payouts.getMap("items[0]")).containsEntry("payoutDate", payoutDate.toString())
                .containsEntry("grossAmount", 11_234).containsEntry("feeAmount", 318).containsEntry("vatAmount", 31)
                .containsEntry("carriedOver", 0).containsEntry("payoutAmount", 10_885).containsEntry("status", "SCHEDULED");

        long postingsBefore = count("select count(*) from ldg_journal_entry where reference like 'settlement-fees:"
                + shop.id() + "%'");
        JsonPath again = runToCompletion(token, today);
        // none of this merchant's (classes running beside this one may have sold something today meanwhile)
        assertThat(count("select count(*) from stl_line where run_id = " + again.getLong("runId")
                + " and merchant_id = '" + shop.id() + "'")).isZero();
        shop.api().get("/v1/settlements?startDate=" + today + "&endDate=" + today).then().body("items.size()", equalTo(3));
        assertThat(count("select count(*) from ldg_journal_entry where reference like 'settlement-fees:" + shop.id() + "%'"))
                .isEqualTo(postingsBefore).isEqualTo(1);
        assertThat(count("select coalesce(sum(case when side = 'DEBIT' then amount_minor else -amount_minor end), 0) "
                + "from ldg_posting")).isZero();

        staff(token).body("{\"date\": \"" + payoutDate + "\"}").post("/v1/admin/settlements/payouts/release")
                .then().statusCode(200);
        shop.api().get("/v1/payouts?startDate=" + payoutDate + "&endDate=" + payoutDate).then()
                .body("items[0].status", equalTo("PAID")).body("items[0].payoutAmount", equalTo(10_885));
        shop.api().get("/v1/events?limit=100").then().statusCode(200)
                .body("items.type", hasItem("PAYOUT_STATUS_CHANGED"));

        staff(token).get("/v1/admin/settlements/report?merchantId=" + shop.id() + "&mode=test&date=" + today)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("paymentKey,orderId,transactionKey,method,amount,fee,vat,payOutAmount"))
                .body(containsString("TOTAL,,,,11234,318,31,10885"));
    }

    @Test
    void refusesBadPlansDatesAndRoles() {
        String token = TestStack.opsToken();
        TestMerchant shop = TestMerchant.create("Plan Shop");
        String plan = "/v1/admin/merchants/" + shop.id() + "/fee-plan";
        staff(token).body("{\"rates\": {\"CARD\": \"abc\"}}").put(plan).then().statusCode(400)
                .body("code", equalTo("INVALID_REQUEST")).body("message", containsString("rates.CARD"));
        staff(token).body("{\"rates\": {\"CARD\": \"1.00001\"}}").put(plan).then().statusCode(400);
        staff(token).body("{\"rates\": {\"BITCOIN\": \"1.0\"}}").put(plan).then().statusCode(400);
        staff(token).body("{\"settlementCycleDays\": 11}").put(plan).then().statusCode(400)
                .body("message", containsString("settlementCycleDays"));
        staff(TestStack.userToken("support")).body("{\"settlementCycleDays\": 3}").put(plan).then().statusCode(403);
        staff(token).body("{\"date\": \"2026-13-01\"}").post("/v1/admin/settlements/runs").then().statusCode(400)
                .body("code", equalTo("INVALID_REQUEST"));
        staff(TestStack.userToken("support")).body("{\"date\": \"2026-11-20\"}").post("/v1/admin/settlements/runs")
                .then().statusCode(403);
        staff(token).get("/v1/admin/settlements/runs/999999").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND_SETTLEMENT_RUN"));
        shop.api().get("/v1/settlements?startDate=2026-11-20&endDate=2026-11-01").then().statusCode(400);
        shop.api().get("/v1/settlements?startDate=2026-11-20&endDate=2026-11-21&dateType=WHENEVER").then().statusCode(400);
        shop.api().get("/v1/payouts?startDate=yesterday&endDate=2026-11-21").then().statusCode(400);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> line(JsonPath lines, long amount) {
        return ((List<Map<String, Object>>) (List<?>) lines.getList("items")).stream()
                .filter(line -> ((Number) line.get("amount")).longValue() == amount).findFirst().orElseThrow();
    }

    private static long count(String sql) throws Exception {
        try (Connection db = TestStack.database(); Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The calendar computed independently: weekends and the holiday table staff maintain. */
    private static LocalDate plusBusinessDays(LocalDate date, int days) throws Exception {
        Set<LocalDate> holidays = new HashSet<>();
        try (Connection db = TestStack.database(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select holiday_date from stl_holiday")) {
            while (rows.next()) {
                holidays.add(rows.getDate(1).toLocalDate());
            }
        }
        LocalDate result = date;
        for (int left = days; left > 0; ) {
            result = result.plusDays(1);
            if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(result)) {
                left--;
            }
        }
        return result;
    }
}
