package org.paygrid.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;

/**
 * Easy pay, bank transfer and carrier billing through the window's form and the merchant's confirm, each against
 * its simulated provider: approvals, the documented failure case of each, cancels back to the provider.
 */
@PaygridIT
class ProviderPaymentApiIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static TestMerchant shop;


    @BeforeAll
    static void merchant() {
        shop = TestMerchant.create("Provider Shop");
    }

    private record Window(String paymentKey, String orderId, long amount) {
    }

    private static Window paidInWindow(String method, String provider, String customerId, long amount) {
        String orderId = "prv-" + UUID.randomUUID().toString().substring(0, 18);
        String paymentKey = shop.api().body("""
                        {"orderId": "%s", "orderName": "Provider test", "amount": %d,
                         "successUrl": "https://shop.example.kr/ok", "failUrl": "https://shop.example.kr/fail"}"""
                        .formatted(orderId, amount))
                .post("/v1/payments").then().statusCode(200).extract().path("paymentKey");
        given().baseUri(TestStack.paygridUrl()).redirects().follow(false)
                .formParam("method", method)
                .formParam(method + ".provider", provider)
                .formParam(method + ".customerId", customerId)
                .formParam("action", "pay")
                .post("/checkout/" + paymentKey)
                .then().statusCode(303)
                .header("Location", startsWith("https://shop.example.kr/ok?paymentKey=" + paymentKey));
        return new Window(paymentKey, orderId, amount);
    }

    private static io.restassured.response.ValidatableResponse confirm(Window window) {
        return shop.api().body("{\"paymentKey\": \"%s\", \"orderId\": \"%s\", \"amount\": %d}"
                        .formatted(window.paymentKey(), window.orderId(), window.amount()))
                .post("/v1/payments/confirm").then();
    }

    @Test
    void anEasyPayIsApprovedByItsWalletAndCanceledBackToIt() {
        Window window = paidInWindow("EASY_PAY", "KAKAOPAY", "010-1234-5678", 18_000);
        shop.api().get("/v1/payments/" + window.paymentKey()).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("method", equalTo("EASY_PAY"));
        confirm(window).statusCode(200)
                .body("status", equalTo("DONE"))
                .body("easyPay.provider", equalTo("KAKAOPAY"))
                .body("easyPay.amount", equalTo(18_000))
                .body("card", nullValue());
        shop.api().body("{\"cancelReason\": \"one item\", \"cancelAmount\": 8000}")
                .post("/v1/payments/" + window.paymentKey() + "/cancel")
                .then().statusCode(200).body("status", equalTo("PARTIAL_CANCELED")).body("balanceAmount", equalTo(10_000));
        confirm(window).statusCode(409).body("code", equalTo("ALREADY_PROCESSED_PAYMENT"));
    }

    @Test
    void eachProviderRefusesItsDocumentedCase() {
        confirm(paidInWindow("EASY_PAY", "NAVERPAY", "01012345678", 2_000_001)).statusCode(402)
                .contentType(PROBLEM_JSON).body("code", equalTo("EXCEED_MAX_AMOUNT"));
        Window broke = paidInWindow("TRANSFER", "20", "999-000-123456", 5_000);
        confirm(broke).statusCode(402).body("code", equalTo("NOT_ENOUGH_BALANCE"));
        shop.api().get("/v1/payments/" + broke.paymentKey()).then()
                .body("status", equalTo("ABORTED")).body("failure.code", equalTo("NOT_ENOUGH_BALANCE"));
        confirm(paidInWindow("MOBILE_PHONE", "LGU", "01055556666", 300_001)).statusCode(402)
                .body("code", equalTo("EXCEED_MAX_AMOUNT"));
    }

    @Test
    void aTransferAndACarrierBillingAreApprovedWithTheirDetailsShown() {
        confirm(paidInWindow("TRANSFER", "04", "123-45-678901", 40_000)).statusCode(200)
                .body("method", equalTo("TRANSFER")).body("transfer.bankCode", equalTo("04"));
        Window phone = paidInWindow("MOBILE_PHONE", "SKT", "010-9876-5432", 12_000);
        confirm(phone).statusCode(200)
                .body("method", equalTo("MOBILE_PHONE"))
                .body("mobilePhone.carrier", equalTo("SKT"))
                .body("mobilePhone.customerMobilePhone", equalTo("010****5432"));
        shop.api().body("{\"cancelReason\": \"changed mind\"}").post("/v1/payments/" + phone.paymentKey() + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELED"));
    }

    @Test
    void theWindowRefusesAMethodOtherThanTheOneAskedAndBadDetails() {
        String orderId = "prv-" + UUID.randomUUID().toString().substring(0, 18);
        String cardOnly = shop.api().body("""
                        {"orderId": "%s", "orderName": "Card only", "amount": 5000, "method": "CARD",
                         "successUrl": "https://shop.example.kr/ok", "failUrl": "https://shop.example.kr/fail"}"""
                        .formatted(orderId))
                .post("/v1/payments").then().statusCode(200).body("method", equalTo("CARD")).extract().path("paymentKey");
        given().baseUri(TestStack.paygridUrl()).redirects().follow(false)
                .formParam("method", "EASY_PAY").formParam("EASY_PAY.provider", "PAYCO")
                .formParam("EASY_PAY.customerId", "01012345678").formParam("action", "pay")
                .post("/checkout/" + cardOnly)
                .then().statusCode(400);
        String open = shop.api().body("""
                        {"orderId": "%s", "orderName": "Open", "amount": 5000,
                         "successUrl": "https://shop.example.kr/ok", "failUrl": "https://shop.example.kr/fail"}"""
                        .formatted("prv-" + UUID.randomUUID().toString().substring(0, 18)))
                .post("/v1/payments").then().statusCode(200).extract().path("paymentKey");
        given().baseUri(TestStack.paygridUrl()).redirects().follow(false)
                .formParam("method", "MOBILE_PHONE").formParam("MOBILE_PHONE.provider", "VODAFONE")
                .formParam("MOBILE_PHONE.customerId", "01012345678").formParam("action", "pay")
                .post("/checkout/" + open)
                .then().statusCode(400);
        shop.api().get("/v1/payments/" + open).then().body("status", equalTo("READY"));
        shop.api().body("""
                        {"orderId": "%s", "orderName": "x", "amount": 5000, "method": "VIRTUAL_ACCOUNT",
                         "successUrl": "https://shop.example.kr/ok", "failUrl": "https://shop.example.kr/fail"}"""
                        .formatted("prv-" + UUID.randomUUID().toString().substring(0, 18)))
                .post("/v1/payments").then().statusCode(400).body("code", equalTo("INVALID_REQUEST"));
    }
}
