package org.paygrid.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paygrid.support.Browser;
import org.paygrid.support.ConsoleSignIn;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.TestMerchant;
import org.paygrid.testkit.Cards;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.paygrid.support.Shared;

/**
 * Support opens the operations screen: the last hour's authorizations per method with the approval rate and answer
 * times (a payment just made counts), the reconciler's queue, the webhook backlog, the last settlement and the
 * alerts firing now, read from an Alertmanager (here a stand-in on the test stack's Alertmanager port, 10093, that
 * answers its API with one firing alert).
 */
@PaygridIT
@ResourceLock(Shared.ALERTMANAGER_PORT)
class OperationsBrowserIT {

    private static final int ALERTMANAGER_PORT = 10093;

    @Test
    void supportSeesTheLastHourTheQueuesAndTheAlertsFiringNow() throws Exception {
        TestMerchant shop = TestMerchant.create("Operations Shop");
        shop.api().body("""
                        {"orderId": "ops-%s", "orderName": "Operations", "amount": 15000, "cardNumber": "%s",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 12), Cards.fresh()))
                .post("/v1/payments/key-in").then().statusCode(200);
        String firing = """
                [{"labels": {"alertname": "ApprovalLatencyHigh", "severity": "page"},
                  "annotations": {"summary": "p99 approval time above 2 s for 5 minutes"},
                  "startsAt": "%s", "endsAt": "%s", "status": {"state": "active"}}]"""
                .formatted(Instant.now().minusSeconds(300), Instant.now().plusSeconds(300));
        HttpServer alertmanager = HttpServer.create(new InetSocketAddress("127.0.0.1", ALERTMANAGER_PORT), 0);
        alertmanager.createContext("/api/v2/alerts", exchange -> {
            byte[] body = firing.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        alertmanager.start();
        try (Browser screens = Browser.open(1280, 1300, "ko-KR")) {
            WebDriver browser = screens.driver;
            WebDriverWait wait = screens.wait;
            wait.ignoring(StaleElementReferenceException.class);
            ConsoleSignIn.as(screens, "support");

            // every step inside the wait: the menu and the AJAX refresh replace elements (stale references retried)
            wait.until(driver -> {
                driver.findElement(By.id("nav-OPERATIONS")).click();
                return true;
            });
            wait.until(ExpectedConditions.urlContains("/operations/operations"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-alerts")));
            String current = wait.until(driver -> driver.findElement(By.id("nav-OPERATIONS")).getAttribute("aria-current"));
            assertThat(current).isEqualTo("page");
            wait.until(driver -> {
                new Select(driver.findElement(By.id("operations:mode"))).selectByValue("TEST");
                driver.findElement(By.id("operations:refresh")).click();
                return true;
            });
            wait.until(driver -> driver.findElements(By.cssSelector("#methods td .method")).stream()
                    .anyMatch(method -> method.getText().equals("CARD")));

            String lastHour = wait.until(driver -> driver.findElement(By.id("operations-last-hour")).getText());
            assertThat(lastHour).contains("CARD").contains("%").contains("ms");
            String alerts = wait.until(driver -> driver.findElement(By.id("operations-alerts")).getText());
            assertThat(alerts).contains("ApprovalLatencyHigh").contains("page").contains("p99 approval time above 2 s");
            String unknown = wait.until(driver -> driver.findElement(By.id("unknown-count")).getText());
            String backlog = wait.until(driver -> driver.findElement(By.id("webhook-backlog")).getText());
            String settlement = wait.until(driver -> driver.findElement(By.id("operations-settlement")).getText());
            assertThat(unknown).matches("\\d+");
            assertThat(backlog).matches("\\d+");
            assertThat(settlement).isNotBlank();
            screens.screenshot("operations");
        } finally {
            alertmanager.stop(0);
        }
    }
}
