package org.paygrid.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;

/** The payment window as a customer's browser posts it, for tests that need a payment confirmed after the window. */
public final class PaymentWindow {

    private PaymentWindow() {
    }

    /** The body of a window payment that returns to the test stack's demo page. */
    public static String payment(String orderId, long amount) {
        return """
                {"orderId": "%s", "orderName": "Window order", "amount": %d,
                 "successUrl": "%s/index.html?step=success", "failUrl": "%s/index.html?step=fail"}"""
                .formatted(orderId, amount, TestStack.paygridUrl(), TestStack.paygridUrl());
    }

    /** A window payment whose customer gave an e-mail address. */
    public static String payment(String orderId, long amount, String customerEmail) {
        return payment(orderId, amount).replace("\"amount\"", "\"customerEmail\": \"" + customerEmail + "\", \"amount\"");
    }

    /** The customer pays with a card in the window: 303 to the merchant's success URL, or 400 with the form again. */
    public static Response payWithCard(String paymentKey, String card) {
        return given().baseUri(TestStack.paygridUrl()).redirects().follow(false)
                .formParam("cardNumber", card).formParam("expiryMonth", "12").formParam("expiryYear", "30")
                .formParam("action", "pay").post("/checkout/" + paymentKey);
    }
}
