package org.paygrid.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.paygrid.support.Browser;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;

/**
 * A customer pays on a phone-sized screen: the merchant's page (another origin) opens the window with the JS SDK
 * and its client key, the customer pays by card with installments, comes back to successUrl, and the merchant's
 * server confirms.
 */
@PaygridIT
class PaymentWindowBrowserIT {

    @Test
    void aCustomerPaysInTheWindowOpenedByTheSdkAndTheMerchantConfirms() throws Exception {
        TestMerchant shop = TestMerchant.create("Window Shop");
        String orderId = "order-" + UUID.randomUUID().toString().substring(0, 12);
        Path merchantPage = Files.createTempFile("merchant-checkout", ".html");
        Files.writeString(merchantPage, """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Hanbit Books checkout</title>
                <script src="%1$s/sdk/v1/paygrid.js"></script></head><body>
                <button id="buy" onclick="Paygrid('%2$s').requestPayment({orderId: '%3$s', orderName: 'Hanbit Books: 3 items',
                  amount: 66000, successUrl: '%1$s/index.html?step=success', failUrl: '%1$s/index.html?step=fail'})
                  .catch(e => document.body.append('error: ' + e.message))">Buy</button></body></html>"""
                .formatted(TestStack.paygridUrl(), shop.clientKey(), orderId));

        try (Browser browser = Browser.open(390, 844, "ko-KR")) {
            browser.driver.get(merchantPage.toUri().toString());
            browser.driver.findElement(By.id("buy")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cardNumber")));
            assertThat(browser.driver.getCurrentUrl()).startsWith(TestStack.paygridUrl() + "/checkout/pay_");
            assertThat(browser.driver.findElement(By.id("amount")).getText()).isEqualTo("₩66,000");
            assertThat(browser.driver.getPageSource()).contains("결제하기");

            browser.driver.findElement(By.id("cardNumber")).sendKeys("4330123456789018");
            browser.driver.findElement(By.id("expiryMonth")).sendKeys("12");
            browser.driver.findElement(By.id("expiryYear")).sendKeys("30");
            new Select(browser.driver.findElement(By.id("installment"))).selectByValue("3");
            browser.screenshot("payment-window");
            browser.driver.findElement(By.id("pay")).click();

            browser.wait.until(ExpectedConditions.urlContains("step=success"));
            Map<String, String> back = query(browser.driver.getCurrentUrl());
            assertThat(back).containsEntry("orderId", orderId).containsEntry("amount", "66000");

            shop.api().body("{\"paymentKey\": \"%s\", \"orderId\": \"%s\", \"amount\": 66000}"
                            .formatted(back.get("paymentKey"), orderId))
                    .post("/v1/payments/confirm")
                    .then().statusCode(200)
                    .body("status", equalTo("DONE"))
                    .body("card.installmentPlanMonths", equalTo(3))
                    .body("card.isInterestFree", equalTo(true));
        }
    }

    /** Each method the window offers besides cards: pick it, fill in its fields, pay, and be confirmed. */
    @ParameterizedTest
    @CsvSource({"EASY_PAY, TOSSPAY, 010-2345-6789, easyPay.provider, TOSSPAY",
            "TRANSFER, 81, 110-123-456789, transfer.bankCode, 81",
            "MOBILE_PHONE, KT, 01098765432, mobilePhone.carrier, KT"})
    void aCustomerPaysWithEachOtherMethodInTheWindow(String method, String provider, String customerId,
                                                     String shownField, String shownValue) throws Exception {
        TestMerchant shop = TestMerchant.create("Window Methods Shop " + method);
        String orderId = "order-" + UUID.randomUUID().toString().substring(0, 12);
        String paymentKey = shop.api().body("""
                        {"orderId": "%s", "orderName": "Hanbit Books: 1 item", "amount": 23000,
                         "successUrl": "%2$s/index.html?step=success", "failUrl": "%2$s/index.html?step=fail"}"""
                        .formatted(orderId, TestStack.paygridUrl()))
                .post("/v1/payments").then().statusCode(200).extract().path("paymentKey");

        try (Browser browser = Browser.open(390, 844, "en-US")) {
            browser.driver.get(TestStack.paygridUrl() + "/checkout/" + paymentKey);
            browser.driver.findElement(By.id("method-" + method)).click();
            assertThat(browser.driver.findElement(By.id("cardNumber")).isDisplayed()).isFalse();
            new Select(browser.driver.findElement(By.id(method + "-provider"))).selectByValue(provider);
            browser.driver.findElement(By.id(method + "-customerId")).sendKeys(customerId);
            browser.screenshot("payment-window-" + method.toLowerCase());
            browser.driver.findElement(By.id("pay")).click();

            browser.wait.until(ExpectedConditions.urlContains("step=success"));
            assertThat(query(browser.driver.getCurrentUrl())).containsEntry("paymentKey", paymentKey)
                    .containsEntry("amount", "23000");
        }
        shop.api().body("{\"paymentKey\": \"%s\", \"orderId\": \"%s\", \"amount\": 23000}"
                        .formatted(paymentKey, orderId))
                .post("/v1/payments/confirm")
                .then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("method", equalTo(method))
                .body(shownField, equalTo(shownValue))
                .body("card", org.hamcrest.Matchers.nullValue());
    }

    private static Map<String, String> query(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], java.net.URLDecoder.decode(parts.length > 1 ? parts[1] : "",
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
