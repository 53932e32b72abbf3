package org.paygrid.network;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;

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
