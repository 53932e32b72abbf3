package org.paygrid.examples;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paygrid.support.Browser;
import org.paygrid.support.Commands;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.testkit.Cards;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.paygrid.support.Shared;

/**
 * The example shop ({@code examples/shop}) end to end, as a newcomer uses it after {@code ./paygrid shop}: a customer
 * buys a book, pays in the hosted window opened by the JS SDK, comes back to the shop, whose server confirms with the
 * Node SDK; the orders page shows the status a signed webhook brought; a partial refund from the orders page, and
 * its webhook. The shop runs as its own Node.js process with a new merchant's test keys and registers its webhook
 * endpoint by itself; a webhook with a bad signature is refused by it.
 */
@PaygridIT
@ResourceLock(Shared.NODE_SDK)
class ExampleShopBrowserIT {

    private static final int SHOP_PORT = 9396;
    private static final String SHOP = "http://localhost:" + SHOP_PORT;
    private static TestMerchant merchant;
    private static Process shop;
    private static Path log;

    @BeforeAll
    static void openTheShop() throws Exception {
        merchant = TestMerchant.create("Example Shop " + Long.toString(System.nanoTime(), 36));
        Path home = Path.of(TestStack.require("paygrid.home"));
        Duration npm = Duration.ofMinutes(10);
        Commands.run(home.resolve("sdk/node"), npm, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        Commands.run(home.resolve("sdk/node"), npm, "npm", "run", "-s", "build");
        Commands.run(home.resolve("examples/shop"), npm, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");

        log = Files.createTempFile("example-shop", ".log");
        ProcessBuilder start = new ProcessBuilder("node", "server.mjs").directory(home.resolve("examples/shop").toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        start.environment().put("PAYGRID_URL", TestStack.paygridUrl());
        start.environment().put("PAYGRID_CLIENT_KEY", merchant.clientKey());
        start.environment().put("PAYGRID_SECRET_KEY", merchant.secretKey());
        start.environment().put("SHOP_PORT", String.valueOf(SHOP_PORT));
        start.environment().put("SHOP_DATA_DIR", Files.createTempDirectory("example-shop").toString());
        shop = start.start();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> !shop.isAlive() || Files.readString(log).contains("is open at"));
        assertThat(shop.isAlive()).as(Files.readString(log)).isTrue();
    }

    @AfterAll
    static void closeTheShop() throws Exception {
        if (shop != null) {
            shop.destroy();
            shop.waitFor(10, TimeUnit.SECONDS);
            System.out.println("example shop's log:\n" + Files.readString(log));
        }
    }

    @Test
    void aCustomerPaysInTheWindowTheShopConfirmsAWebhookUpdatesTheOrderAndARefundFollows() throws Exception {
        try (Browser browser = Browser.open(1280, 900, "en-US")) {
            WebDriver page = browser.driver;
            page.get(SHOP + "/");
            browser.screenshot("example-shop");
            page.findElement(By.id("buy-hangul-reader")).click();

            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cardNumber")));
            assertThat(page.getCurrentUrl()).startsWith(TestStack.paygridUrl() + "/checkout/");
            assertThat(page.findElement(By.id("amount")).getText()).isEqualTo("₩15,000");
            page.findElement(By.id("cardNumber")).sendKeys(Cards.fresh());
            page.findElement(By.id("expiryMonth")).sendKeys("12");
            page.findElement(By.id("expiryYear")).sendKeys("30");
            page.findElement(By.id("pay")).click();

            browser.wait.until(ExpectedConditions.urlContains(SHOP + "/success"));
            // the address changes when the navigation starts; the page comes once the shop has confirmed the payment
            assertThat(browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status"))).getText())
                    .isEqualTo("DONE");
            String orderId = page.findElement(By.id("order-id")).getText();
            browser.screenshot("example-shop-paid");
            String paymentKey = merchant.api().get("/v1/payments/orders/" + orderId).then().statusCode(200)
                    .body("status", equalTo("DONE")).body("totalAmount", equalTo(15000))
                    .extract().path("paymentKey");

            page.findElement(By.id("to-orders")).click();
            By row = By.id("order-" + orderId);
            // the webhook may come before or after the page: the page reloads itself when it does, and a row found
            // just before a reload is gone when it is read
            browser.wait.ignoring(StaleElementReferenceException.class);
            browser.wait.until(driver -> driver.findElement(row).findElement(By.className("webhook")).getText()
                    .startsWith("PAYMENT_STATUS_CHANGED: DONE"));

            page.findElement(row).findElement(By.name("amount")).sendKeys("5000");
            page.findElement(row).findElement(By.tagName("button")).click();
            browser.wait.until(driver -> driver.findElement(row).findElement(By.className("status")).getText()
                    .startsWith("PARTIAL_CANCELED"));
            browser.wait.until(driver -> driver.findElement(row).findElement(By.className("webhook")).getText()
                    .startsWith("PAYMENT_STATUS_CHANGED: PARTIAL_CANCELED"));
            assertThat(page.findElement(row).getText()).contains("left: ₩10,000");
            browser.screenshot("example-shop-orders");

            merchant.api().get("/v1/payments/" + paymentKey).then().statusCode(200)
                    .body("status", equalTo("PARTIAL_CANCELED")).body("balanceAmount", equalTo(10000))
                    .body("cancels.size()", equalTo(1));
        }
    }

    @Test
    void theShopRefusesAWebhookThatPaygridDidNotSign() throws Exception {
        String before = given().baseUri(SHOP).get("/orders.json").then().statusCode(200).extract().asString();
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(SHOP + "/webhooks/paygrid"))
                .header("webhook-id", "evt_forged").header("webhook-timestamp",
                        String.valueOf(System.currentTimeMillis() / 1000))
                .header("webhook-signature", "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"evt_forged\", \"type\": "
                        + "\"PAYMENT_STATUS_CHANGED\", \"data\": {\"orderId\": \"any\", \"status\": \"DONE\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Files.readString(log)).contains("refused a webhook");
        assertThat(given().baseUri(SHOP).get("/orders.json").then().statusCode(200).extract().asString())
                .as("the forged event changed nothing").isEqualTo(before);
    }
}
