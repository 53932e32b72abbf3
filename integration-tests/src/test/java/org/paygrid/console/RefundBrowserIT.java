package org.paygrid.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paygrid.support.Browser;
import org.paygrid.support.ConsoleSignIn;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;

/**
 * Support finds a card payment by its order id and refunds part of it with a reason; the merchant's API then
 * shows the reduced balance. A refund beyond the balance is refused with the contract's code, not a stack trace.
 * The payment's timeline shows its events, the webhook attempts that carried them and its journal entries.
 * A refund over the approval limit (1,000,000 KRW by default) waits until another staff member approves it.
 */
@PaygridIT
class RefundBrowserIT {

    private static final String APPROVED_CARD = "4330123456789018";
    private static final int RECEIVER_PORT = 9392;


    @Test
    void supportRefundsPartOfAPaymentFoundByOrderId() throws Exception {
        TestMerchant shop = TestMerchant.create("Refund Shop " + Long.toString(System.nanoTime(), 36));
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", RECEIVER_PORT), 0);
        receiver.createContext("/hooks/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            shop.api().body("{\"url\": \"http://127.0.0.1:" + RECEIVER_PORT + "/hooks/refund-shop\"}")
                    .post("/v1/webhooks").then().statusCode(201);
            refundPartOfAPayment(shop);
        } finally {
            receiver.stop(0);
        }
    }

    private void refundPartOfAPayment(TestMerchant shop) throws Exception {
        String orderId = "order-" + UUID.randomUUID().toString().substring(0, 18);
        String paymentKey = shop.api().body("""
                        {"orderId": "%s", "orderName": "Hanbit Books: 2 items", "amount": 15000, "cardNumber": "%s",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(orderId, APPROVED_CARD))
                .post("/v1/payments/key-in").then().statusCode(200).body("status", equalTo("DONE"))
                .extract().path("paymentKey");

        try (Browser screens = Browser.open(1280, 1000, "en-US")) {
            WebDriver browser = screens.driver;
            WebDriverWait wait = screens.wait;
            wait.ignoring(StaleElementReferenceException.class);
            ConsoleSignIn.as(screens, "support");

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("payments:orderId"))).sendKeys(orderId);
            browser.findElement(By.id("payments:search")).click();
            wait.until(driver -> driver.findElements(By.cssSelector("#payments\\:table_data tr")).size() == 1
                    && driver.findElement(By.id("payments:table")).getText().contains(orderId));
            assertThat(browser.findElement(By.id("payments:table")).getText()).contains("DONE", "15,000", "433012");
            screens.screenshot("transactions-found");
            browser.findElement(By.cssSelector("#payments\\:table_data a")).click();
            wait.until(ExpectedConditions.textToBe(By.id("payment-key"), paymentKey));
            assertThat(browser.findElement(By.id("payment-card")).getText()).isEqualTo("433012******9018");

            // more than the balance: refused by the same rule as the merchant's cancel, shown as code and message
            refund(screens, "20000", "Too much on purpose");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "NOT_CANCELABLE_AMOUNT"));
            assertThat(browser.findElement(By.id("payment-status")).getText()).isEqualTo("DONE");

            refund(screens, "5000", "Customer returned one item");
            wait.until(ExpectedConditions.textToBe(By.id("payment-status"), "PARTIAL_CANCELED"));
            assertThat(browser.findElement(By.id("payment-balance")).getText()).isEqualTo("10,000");
            assertThat(browser.findElement(By.id("cancels")).getText()).contains("5,000", "Customer returned one item");

            // the timeline: both status events, the webhook attempts that carried them, the approval and the
            // cancel's journal entries; the ledger lines of those entries balance
            wait.until(driver -> {
                driver.navigate().refresh();
                String timeline = driver.findElement(By.id("timeline")).getText();
                return timeline.split("HTTP 204", -1).length - 1 >= 2;
            });
            String timeline = browser.findElement(By.id("timeline")).getText();
            assertThat(timeline).contains("PAYMENT_STATUS_CHANGED", "DONE · evt_", "PARTIAL_CANCELED · evt_",
                    "/hooks/refund-shop", "Journal entry");
            String ledger = browser.findElement(By.id("ledger")).getText();
            assertThat(ledger).contains("ACQUIRER_RECEIVABLE", "MERCHANT_PAYABLE", "15,000", "5,000");
            screens.screenshot("payment-partially-refunded");
        }

        shop.api().get("/v1/payments/" + paymentKey).then().statusCode(200)
                .body("status", equalTo("PARTIAL_CANCELED"))
                .body("balanceAmount", equalTo(10000))
                .body("cancels", hasSize(1))
                .body("cancels[0].cancelAmount", equalTo(5000))
                .body("cancels[0].cancelReason", equalTo("Customer returned one item"));
    }

    @Test
    void aRefundOverTheLimitWaitsUntilAnotherStaffMemberApprovesIt() throws Exception {
        TestMerchant shop = TestMerchant.create("Four Eyes Console Shop " + Long.toString(System.nanoTime(), 36));
        String orderId = "order-" + UUID.randomUUID().toString().substring(0, 18);
        String paymentKey = shop.api().body("""
                        {"orderId": "%s", "orderName": "Hanbit laptop", "amount": 1800000, "cardNumber": "%s",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(orderId, APPROVED_CARD))
                .post("/v1/payments/key-in").then().statusCode(200).body("status", equalTo("DONE"))
                .extract().path("paymentKey");

        try (Browser screens = Browser.open(1280, 1000, "en-US")) {
            WebDriverWait wait = screens.wait;
            wait.ignoring(StaleElementReferenceException.class);
            ConsoleSignIn.as(screens, "support");
            screens.driver.get(TestStack.paygridUrl() + "/admin/payment/payment.xhtml?key=" + paymentKey);
            wait.until(ExpectedConditions.textToBe(By.id("payment-key"), paymentKey));

            refund(screens, "1500000", "Laptop returned unopened");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "another staff member"));
            assertThat(screens.driver.findElement(By.id("payment-status")).getText()).isEqualTo("DONE");
            assertThat(screens.driver.findElement(By.id("payment-balance")).getText()).isEqualTo("1,800,000");
            // support's own request: no approve button for them
            assertThat(screens.driver.findElement(By.id("decisions:refund-requests")).getText())
                    .contains("PENDING", "1,500,000", "Laptop returned unopened", "support");
            assertThat(screens.driver.findElements(By.cssSelector("[id$=':approve']"))).isEmpty();
            screens.screenshot("refund-pending-approval");
        }

        try (Browser screens = Browser.open(1280, 1000, "en-US")) {
            WebDriver browser = screens.driver;
            WebDriverWait wait = screens.wait;
            wait.ignoring(StaleElementReferenceException.class);
            ConsoleSignIn.as(screens, "admin");
            browser.findElement(By.id("nav-REFUNDS")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("refunds:refund-requests")));
            WebElement row = browser.findElement(By.xpath(
                    "//tbody[@id='refunds:refund-requests_data']/tr[.//a[text()='" + paymentKey + "']]"));
            screens.screenshot("pending-refunds");
            row.findElement(By.cssSelector("[id$=':approve']")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "approved"));
        }

        shop.api().get("/v1/payments/" + paymentKey).then().statusCode(200)
                .body("status", equalTo("PARTIAL_CANCELED"))
                .body("balanceAmount", equalTo(300000))
                .body("cancels[0].cancelReason", equalTo("Laptop returned unopened"));
    }

    /** Fills the refund form for a partial refund and confirms it in the console's confirmation dialog. */
    private static void refund(Browser screens, String amount, String reason) {
        WebDriver browser = screens.driver;
        browser.findElement(By.id("refund:scope:1")).click();   // PARTIAL
        WebElement amountField = browser.findElement(By.id("refund:amount"));
        amountField.clear();
        amountField.sendKeys(amount);
        WebElement reasonField = browser.findElement(By.id("refund:reason"));
        reasonField.clear();
        reasonField.sendKeys(reason);
        browser.findElement(By.id("refund:submit")).click();
        screens.wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        screens.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-yes")));
    }
}
