package org.paygrid.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;
import org.paygrid.testkit.Cards;

/** Billing keys over HTTP (contract section 5): issue, charge through the card path, customer check, revoke. */
@PaygridIT
class BillingKeyApiIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static TestMerchant shop;
    private static TestMerchant otherShop;


    @BeforeAll
    static void merchants() {
        shop = TestMerchant.create("Subscription Shop");
        otherShop = TestMerchant.create("Other Subscription Shop");
    }

    private static String issue(TestMerchant merchant, String customerKey, String card) {
        return merchant.api().body("""
                        {"customerKey": "%s", "cardNumber": "%s", "cardExpirationYear": "30", "cardExpirationMonth": "12"}"""
                        .formatted(customerKey, card))
                .post("/v1/billing/authorizations/card")
                .then().statusCode(200).extract().path("billingKey");
    }

    private static String charge(String customerKey, long amount) {
        return """
                {"customerKey": "%s", "amount": %d, "orderId": "bill-%s", "orderName": "Monthly plan"}"""
                .formatted(customerKey, amount, UUID.randomUUID().toString().substring(0, 18));
    }

    @Test
    void issuesAKeyThatChargesTheStoredCardLikeAKeyIn() throws Exception {
        String customer = "cust-" + UUID.randomUUID().toString().substring(0, 8);
        shop.api().body("""
                        {"customerKey": "%s", "cardNumber": "4330123456789018", "cardExpirationYear": "30",
                         "cardExpirationMonth": "12"}""".formatted(customer))
                .post("/v1/billing/authorizations/card")
                .then().statusCode(200)
                .body("billingKey", matchesPattern("bil_[A-Za-z0-9]{24}"))
                .body("customerKey", equalTo(customer))
                .body("status", equalTo("ACTIVE"))
                .body("card.number", equalTo("433012******9018"))
                .body(not(containsString("4330123456789018")));
        String billingKey = issue(shop, customer, "4330123456789018");

        String paymentKey = shop.api().body(charge(customer, 9_900)).post("/v1/billing/" + billingKey)
                .then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("method", equalTo("CARD"))
                .body("totalAmount", equalTo(9_900))
                .body("card.number", equalTo("433012******9018"))
                .body("card.approveNo", matchesPattern("\\d{8}"))
                .extract().path("paymentKey");
        shop.api().body("{\"cancelReason\": \"plan downgraded\", \"cancelAmount\": 900}")
                .post("/v1/payments/" + paymentKey + "/cancel").then().statusCode(200).body("balanceAmount", equalTo(9_000));

        try (Connection db = TestStack.database();
             PreparedStatement stored = db.prepareStatement(
                     "select card_number, hex(ciphertext) from bil_billing_key where billing_key = ?")) {
            stored.setString(1, billingKey);
            try (ResultSet row = stored.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("433012******9018");
                assertThat(row.getString(2)).doesNotContain("4330123456789018")
                        .doesNotContain("34333330313233343536373839303138"); // the digits as ASCII hex
            }
        }
    }

    @Test
    void declinesLikeTheCardNetworkAndChecksTheCustomer() {
        String customer = "cust-" + UUID.randomUUID().toString().substring(0, 8);
        String declining = issue(shop, customer, "4000000000009995");
        shop.api().body(charge(customer, 5_000)).post("/v1/billing/" + declining)
                .then().statusCode(402).contentType(PROBLEM_JSON).body("code", equalTo("NOT_ENOUGH_BALANCE"));

        String billingKey = issue(shop, customer, Cards.fresh());
        shop.api().body(charge("somebody-else", 5_000)).post("/v1/billing/" + billingKey)
                .then().statusCode(400).body("code", equalTo("INVALID_CUSTOMER_KEY"));
        shop.api().body(charge(customer, 0)).post("/v1/billing/" + billingKey)
                .then().statusCode(400).body("code", equalTo("INVALID_AMOUNT"));
        shop.api().body("{\"customerKey\": \"x\", \"cardNumber\": \"4330123456789018\", \"cardExpirationYear\": \"30\","
                        + " \"cardExpirationMonth\": \"12\"}").post("/v1/billing/authorizations/card")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST")).body("message", containsString("customerKey"));
        shop.api().body("{\"customerKey\": \"abc\", \"cardNumber\": \"4000000000000001\", \"cardExpirationYear\": \"30\","
                        + " \"cardExpirationMonth\": \"12\"}").post("/v1/billing/authorizations/card")
                .then().statusCode(400).body("code", equalTo("INVALID_CARD_NUMBER"));
        shop.api().body("{\"customerKey\": \"abc\", \"cardNumber\": \"4330123456789018\", \"cardExpirationYear\": \"20\","
                        + " \"cardExpirationMonth\": \"12\"}").post("/v1/billing/authorizations/card")
                .then().statusCode(400).body("code", equalTo("INVALID_CARD_EXPIRATION"));
    }

    @Test
    void anotherMerchantsOrARevokedKeyIsNotFound() {
        String customer = "cust-" + UUID.randomUUID().toString().substring(0, 8);
        String billingKey = issue(shop, customer, Cards.fresh());
        otherShop.api().body(charge(customer, 1_000)).post("/v1/billing/" + billingKey)
                .then().statusCode(404).contentType(PROBLEM_JSON).body("code", equalTo("NOT_FOUND_BILLING_KEY"));
        otherShop.api().delete("/v1/billing/" + billingKey)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND_BILLING_KEY"));
        TestMerchant.withKey(shop.clientKey()).body(charge(customer, 1_000)).post("/v1/billing/" + billingKey)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN_KEY"));

        shop.api().delete("/v1/billing/" + billingKey).then().statusCode(200).body("status", equalTo("REVOKED"));
        shop.api().delete("/v1/billing/" + billingKey).then().statusCode(200).body("status", equalTo("REVOKED"));
        shop.api().body(charge(customer, 1_000)).post("/v1/billing/" + billingKey)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND_BILLING_KEY"));
    }

    @Test
    void aChargeRetriedWithItsIdempotencyKeyAfterTheFirstRequestDiedChargesOnce() throws Exception {
        String customer = "cust-" + UUID.randomUUID().toString().substring(0, 8);
        String billingKey = issue(shop, customer, Cards.fresh());
        String key = UUID.randomUUID().toString();
        String body = charge(customer, 9_900);
        String first = shop.api().header("Idempotency-Key", key).body(body).post("/v1/billing/" + billingKey)
                .then().statusCode(200).body("status", equalTo("DONE")).extract().path("paymentKey");
        // as if the request had died before its answer was stored: the stored answer is gone, the key is free
        TestStack.forgetIdempotencyKey(key);
        shop.api().header("Idempotency-Key", key).body(body).post("/v1/billing/" + billingKey)
                .then().statusCode(200).body("paymentKey", equalTo(first)).body("status", equalTo("DONE"));
        try (Connection db = TestStack.database(); PreparedStatement sql = db.prepareStatement(
                "select count(*) from pay_payment where billing_key = ?")) {
            sql.setString(1, billingKey);
            try (ResultSet row = sql.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void aRevokedKeyErasesItsSealedCard() throws Exception {
        String billingKey = issue(shop, "cust-" + UUID.randomUUID().toString().substring(0, 8), "4330123456789018");
        assertThat(sealedCard(billingKey)).isTrue();
        shop.api().delete("/v1/billing/" + billingKey).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("card.number", equalTo("433012******9018"));
        assertThat(sealedCard(billingKey)).isFalse();
    }

    private static boolean sealedCard(String billingKey) throws Exception {
        try (Connection db = TestStack.database(); PreparedStatement sql = db.prepareStatement(
                "select key_id, iv, ciphertext from bil_billing_key where billing_key = ?")) {
            sql.setString(1, billingKey);
            try (ResultSet row = sql.executeQuery()) {
                assertThat(row.next()).isTrue();
                boolean any = row.getString(1) != null || row.getBytes(2) != null || row.getBytes(3) != null;
                boolean all = row.getString(1) != null && row.getBytes(2) != null && row.getBytes(3) != null;
                assertThat(any).isEqualTo(all);
                return all;
            }
        }
    }

    @Test
    void anIdempotentRetryOfAChargeChargesOnce() {
        String customer = "cust-" + UUID.randomUUID().toString().substring(0, 8);
        String billingKey = issue(shop, customer, Cards.fresh());
        String body = charge(customer, 4_400);
        String key = UUID.randomUUID().toString();
        String first = shop.api().header("Idempotency-Key", key).body(body).post("/v1/billing/" + billingKey)
                .then().statusCode(200).extract().asString();
        String again = shop.api().header("Idempotency-Key", key).body(body).post("/v1/billing/" + billingKey)
                .then().statusCode(200).extract().asString();
        assertThat(again).isEqualTo(first);
    }
}
