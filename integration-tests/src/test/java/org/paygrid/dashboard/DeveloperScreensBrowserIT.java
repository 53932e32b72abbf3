package org.paygrid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paygrid.support.Browser;
import org.paygrid.support.DashboardSignIn;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.StandardWebhooks;
import org.paygrid.support.TestMerchant;

/**
 * A developer's screens: test keys rolled and revoked (the new key works at once, the old one no more); a webhook
 * endpoint created, tested and its secret rolled, seen from the merchant's receiver (a JDK HTTP server on
 * 127.0.0.1:9394, a loopback receiver the development profile allows); another merchant's endpoint refused.
 */
@PaygridIT
class DeveloperScreensBrowserIT {

    static final String PASSWORD = "Developer-pass-2026!";
    private static final int RECEIVER_PORT = 9394;
    private static final List<Received> received = new CopyOnWriteArrayList<>();
    private static HttpServer receiver;

    record Received(String webhookId, String timestamp, String signature, byte[] body) {
        String type() {
            return JsonPath.from(new String(body, StandardCharsets.UTF_8)).getString("type");
        }
    }

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", RECEIVER_PORT), 0);
        receiver.createContext("/hooks/", DeveloperScreensBrowserIT::receive);
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    private static void receive(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"), body));
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    @Test
    void aDeveloperRollsAndRevokesTheTestKeys() throws Exception {
        TestMerchant shop = TestMerchant.create("Keys Shop " + Long.toString(System.nanoTime(), 36));
        String developer = DashboardSignIn.memberOf(shop, "DEVELOPER", PASSWORD);
        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            DashboardSignIn.as(screens, developer, PASSWORD);
            screens.driver.findElement(By.id("nav-keys")).click();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("keys:key-table")));
            assertThat(screens.driver.findElement(By.id("keys:key-table")).getText()).doesNotContain("_live_");

            screens.driver.findElement(By.id("keys:roll-secret")).click();
            screens.wait.until(ExpectedConditions.alertIsPresent()).accept();
            String rolled = screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-key"))).getText();
            assertThat(rolled).startsWith("sk_test_");
            screens.screenshot("dashboard-keys-rolled");
            TestMerchant.withKey(rolled).get("/v1/payments/orders/no-such-order").then().statusCode(404);
            shop.api().get("/v1/payments/orders/no-such-order").then().statusCode(401);

            String hint = "sk_test_…" + rolled.substring(rolled.length() - 4);
            activeRow(screens, hint).findElement(By.cssSelector(".revoke-key")).click();
            screens.wait.until(ExpectedConditions.alertIsPresent()).accept();
            screens.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "revoked"));
            TestMerchant.withKey(rolled).get("/v1/payments/orders/no-such-order").then().statusCode(401);
            assertThat(screens.driver.getPageSource()).doesNotContain(rolled);
        }
        List<String> actions = TestMerchant.staff()
                .get("/v1/admin/audit-log?targetType=MERCHANT&targetId=" + shop.id()).then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.actor == 'member:" + developer + "' }.action");
        assertThat(actions).contains("API_KEY_ROLLED", "API_KEY_REVOKED");
    }

    @Test
    void aWebhookEndpointIsCreatedTestedAndItsSecretRolled() throws Exception {
        TestMerchant shop = TestMerchant.create("Hooks Shop " + Long.toString(System.nanoTime(), 36));
        String developer = DashboardSignIn.memberOf(shop, "DEVELOPER", PASSWORD);
        String url = "http://127.0.0.1:" + RECEIVER_PORT + "/hooks/" + shop.id();
        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            DashboardSignIn.as(screens, developer, PASSWORD);
            screens.driver.findElement(By.id("nav-webhooks")).click();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("create:url"))).sendKeys(url);
            screens.driver.findElement(By.id("create:add")).click();
            String secret = screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-secret")))
                    .getText();
            assertThat(secret).startsWith("whsec_");

            screens.driver.findElement(By.cssSelector(".webhook-link")).click();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actions:send-test"))).click();
            screens.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Test event"));
            Received test = awaitReceived(r -> "WEBHOOK_TEST".equals(r.type()));
            assertThat(StandardWebhooks.verifies(secret, test.webhookId(), test.timestamp(), test.signature(),
                    test.body())).as("signed with the endpoint's secret").isTrue();
            String webhookId = screens.driver.findElement(By.id("webhook-id")).getText();

            // the attempt shows in the delivery log; the page came by redirect, so reloading it sends nothing again
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                screens.driver.navigate().refresh();
                return screens.driver.findElements(By.cssSelector(".attempt-status")).stream()
                        .anyMatch(status -> status.getText().equals("204"));
            });
            assertThat(screens.driver.findElement(By.cssSelector(".delivery-type")).getText()).isEqualTo("WEBHOOK_TEST");
            screens.screenshot("dashboard-webhook-delivery-log");
            assertThat(received.stream().filter(r -> "WEBHOOK_TEST".equals(r.type()))).hasSize(1);

            screens.driver.findElement(By.id("actions:roll-secret")).click();
            screens.wait.until(ExpectedConditions.alertIsPresent()).accept();
            String rolled = screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-secret")))
                    .getText();
            assertThat(rolled).startsWith("whsec_").isNotEqualTo(secret);

            int before = received.size();
            screens.driver.findElement(By.cssSelector(".resend")).click();
            screens.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "sent again"));
            Received again = awaitReceived(r -> received.indexOf(r) >= before && test.webhookId().equals(r.webhookId()));
            assertThat(StandardWebhooks.verifies(rolled, again.webhookId(), again.timestamp(), again.signature(),
                    again.body())).as("signed with the new secret").isTrue();
            assertThat(StandardWebhooks.verifies(secret, again.webhookId(), again.timestamp(), again.signature(),
                    again.body())).as("no longer with the old one").isFalse();

            // another merchant's endpoint, by its id in the address: not found
            TestMerchant other = TestMerchant.create("Other Hooks Shop " + Long.toString(System.nanoTime(), 36));
            String othersWebhook = other.api().contentType(ContentType.JSON)
                    .body("{\"url\": \"https://other.example/hooks\"}").post("/v1/webhooks")
                    .then().statusCode(201).extract().path("id");
            screens.driver.get(DashboardSignIn.dashboardUrl() + "webhook.xhtml?id=" + othersWebhook);
            screens.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "NOT_FOUND_WEBHOOK"));
            assertThat(screens.driver.findElements(By.id("webhook-url"))).isEmpty();
            assertThat(screens.driver.getPageSource()).doesNotContain("other.example");

            List<String> actions = TestMerchant.staff()
                    .get("/v1/admin/audit-log?targetType=WEBHOOK&targetId=" + webhookId).then().statusCode(200)
                    .extract().jsonPath().getList("items.findAll { it.actor == 'member:" + developer + "' }.action");
            assertThat(actions).contains("WEBHOOK_CREATED", "WEBHOOK_TEST_SENT", "WEBHOOK_SECRET_ROLLED",
                    "WEBHOOK_RESENT");
        }
    }

    private static WebElement activeRow(Browser screens, String display) {
        return screens.driver.findElements(By.cssSelector("tr.key-row")).stream()
                .filter(row -> row.getText().contains(display) && row.getText().contains("ACTIVE")).findFirst()
                .orElseThrow(() -> new AssertionError("no active row for " + display));
    }

    private static Received awaitReceived(Predicate<Received> wanted) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> received.stream().filter(wanted).findFirst(), java.util.Optional::isPresent).get();
    }
}
