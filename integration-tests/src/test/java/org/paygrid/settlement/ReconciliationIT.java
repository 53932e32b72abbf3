package org.paygrid.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.paygrid.support.TestMerchant.staff;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.paygrid.support.Shared;

/**
 * Reconciliation against the acquirer's capture file: injected differences on either side (a sale only the
 * network has, an amount that differs, a sale only we have) are each reported once; nothing is fixed.
 */
@PaygridIT
@ResourceLock(Shared.SETTLEMENT_RUNS)
class ReconciliationIT {

    @Test
    void reportsEachInjectedDifferenceExactlyOnce() throws Exception {
        TestMerchant shop = TestMerchant.create("Reconciled Shop");
        String agreed = keyIn(shop, 11_000);
        String altered = keyIn(shop, 12_000);
        String networkOnly = "auth_injected_" + UUID.randomUUID().toString().substring(0, 8);
        String platformOnly = "auth_platform_" + UUID.randomUUID().toString().substring(0, 8);
        String alteredReference = reference(altered);
        try (Connection sim = TestStack.simulatorDatabase(); Statement s = sim.createStatement()) {
            s.executeUpdate("update sim_card_authorization set amount = 12500 where reference = '" + alteredReference + "'");
            s.executeUpdate("insert into sim_card_authorization (reference, card_bin, card_last4, amount, currency, "
                    + "installment_months, status, approve_no, issuer_code, acquirer_code, card_type, canceled_amount, "
                    + "created_at, updated_at) values ('" + networkOnly + "', '433012', '9018', 3000, 'KRW', 0, "
                    + "'APPROVED', '99999999', '41', '41', 'CREDIT', 0, utc_timestamp(6), utc_timestamp(6))");
        }
        String ghost = keyIn(shop, 4_000);
        try (Connection db = TestStack.database();
             PreparedStatement hide = db.prepareStatement("update pay_payment set network_reference = ? where payment_key = ?")) {
            hide.setString(1, platformOnly);   // our books now name an authorization the network never saw
            hide.setString(2, ghost);
            hide.executeUpdate();
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));

        for (int run = 0; run < 2; run++) {
            JsonPath started = staff().body("{\"date\": \"" + today + "\"}").post("/v1/admin/reconciliations")
                    .then().statusCode(200).extract().jsonPath();
            long execution = started.getLong("executionId");
            String status = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .pollInterval(java.time.Duration.ofMillis(300))
                    .until(() -> staff().get("/v1/admin/reconciliations/" + execution).then().statusCode(200)
                            .extract().<String>path("status"), done -> List.of("COMPLETED", "FAILED").contains(done));
            assertThat(status).isEqualTo("COMPLETED");
        }

        List<Map<String, Object>> mismatches = staff().get("/v1/admin/reconciliations?date=" + today)
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(mismatches.stream().filter(m -> networkOnly.equals(m.get("reference"))))
                .singleElement().satisfies(m -> {
                    assertThat(m).containsEntry("kind", "MISSING_AT_PLATFORM").containsEntry("networkAmount", 3000);
                });
        assertThat(mismatches.stream().filter(m -> alteredReference.equals(m.get("reference"))))
                .singleElement().satisfies(m -> assertThat(m).containsEntry("kind", "AMOUNT_DIFFERS")
                        .containsEntry("platformAmount", 12000).containsEntry("networkAmount", 12500)
                        .containsEntry("paymentKey", altered)
                        // the difference names our movement by the key its journal entry carries
                        .containsEntry("transactionKey", saleKey(altered)));
        assertThat(mismatches.stream().filter(m -> platformOnly.equals(m.get("reference"))))
                .singleElement().satisfies(m -> assertThat(m).containsEntry("kind", "MISSING_AT_NETWORK")
                        .containsEntry("paymentKey", ghost));
        assertThat(mismatches.stream().filter(m -> agreed.equals(m.get("paymentKey")))).isEmpty();
        shop.api().get("/v1/payments/" + altered).then().body("totalAmount", equalTo(12_000));   // nothing fixed
        staff(TestStack.userToken("support")).get("/v1/admin/reconciliations?date=" + today).then().statusCode(403);
    }

    private static String keyIn(TestMerchant merchant, long amount) {
        return merchant.api().body("""
                        {"orderId": "rcn-%s", "orderName": "Reconciliation", "amount": %d, "cardNumber": "4330123456789018",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 18), amount))
                .post("/v1/payments/key-in").then().statusCode(200).extract().path("paymentKey");
    }

    private static String reference(String paymentKey) throws Exception {
        try (Connection db = TestStack.database(); Statement s = db.createStatement();
             var row = s.executeQuery("select network_reference from pay_payment where payment_key = '" + paymentKey + "'")) {
            row.next();
            return row.getString(1);
        }
    }

    private static String saleKey(String paymentKey) throws Exception {
        try (Connection db = TestStack.database(); Statement s = db.createStatement();
             var row = s.executeQuery("select transaction_key from ldg_journal_entry where payment_key = '"
                     + paymentKey + "' and transaction_key is not null")) {
            assertThat(row.next()).as("the sale's journal entry").isTrue();
            return row.getString(1);
        }
    }
}
