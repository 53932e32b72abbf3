package org.paygrid.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paygrid.support.Browser;
import org.paygrid.support.ConsoleSignIn;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.paygrid.support.Shared;

/**
 * Finance signs in and lands on the dashboard, starts a settlement run for today (Asia/Seoul), follows it to
 * COMPLETED and downloads one merchant's CSV report of the day in the same signed-in session.
 */
@PaygridIT
@ResourceLock(Shared.SETTLEMENT_RUNS)
class FinanceSettlementBrowserIT {

    private static final String APPROVED_CARD = "4330123456789018";


    @Test
    void financeLandsOnTheDashboardRunsTodaysSettlementAndDownloadsTheCsv() throws Exception {
        TestMerchant shop = TestMerchant.create("Settled Browser Shop " + Long.toString(System.nanoTime(), 36));
        String paymentKey = shop.api().body("""
                        {"orderId": "fin-%s", "orderName": "Hanbit Books: 3 items", "amount": 27000, "cardNumber": "%s",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 18), APPROVED_CARD))
                .post("/v1/payments/key-in").then().statusCode(200).body("status", equalTo("DONE"))
                .extract().path("paymentKey");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));

        try (Browser screens = Browser.open(1280, 1100, "en-US")) {
            WebDriver browser = screens.driver;
            WebDriverWait wait = screens.wait;
            wait.ignoring(StaleElementReferenceException.class);
            ConsoleSignIn.as(screens, "finance");

            // the dashboard is finance's landing page and the first menu entry; no transaction or merchant screen
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-approvals")));
            assertThat(browser.getCurrentUrl()).contains("/admin/dashboard/dashboard.xhtml");
            List<WebElement> menu = browser.findElements(By.cssSelector("#console-nav a"));
            assertThat(menu.get(0).getAttribute("id")).isEqualTo("nav-DASHBOARD");
            assertThat(browser.findElements(By.id("nav-SETTLEMENT"))).hasSize(1);
            assertThat(browser.findElements(By.id("nav-PAYMENTS"))).isEmpty();
            assertThat(browser.findElements(By.id("nav-MERCHANTS"))).isEmpty();
            assertThat(browser.findElement(By.id("dashboard-date")).getText()).contains(today.toString());

            // test-mode figures include the payment just made
            new Select(browser.findElement(By.id("dashboard:mode"))).selectByValue("TEST");
            browser.findElement(By.id("dashboard:refresh")).click();
            wait.until(driver -> leadingNumber(driver.findElement(By.id("dashboard-approvals")).getText()) >= 1);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#approved-chart canvas")));
            screens.screenshot("dashboard");

            browser.findElement(By.id("nav-SETTLEMENT")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start:date")));
            assertThat(browser.findElement(By.id("start:date")).getAttribute("value")).isEqualTo(today.toString());
            screens.screenshot("settlement-runs");
            browser.findElement(By.id("start:submit")).click();

            // the run page follows the batch job until it ends
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("run-status")));
            new WebDriverWait(browser, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
                            .contains(driver.findElement(By.id("run-status")).getText()));
            assertThat(browser.findElement(By.id("run-status")).getText()).isEqualTo("COMPLETED");
            By csvLink = By.id("csv-" + shop.id() + "-test");
            wait.until(ExpectedConditions.presenceOfElementLocated(csvLink));
            assertThat(browser.findElement(By.id("merchants")).getText()).contains(shop.id(), "27,000");
            screens.screenshot("settlement-run-completed");

            // the link downloads the CSV in finance's own session
            String href = browser.findElement(csvLink).getAttribute("href");
            assertThat(href).contains("/admin/settlement/report?", "merchantId=" + shop.id(), "mode=test",
                    "date=" + today);
            Response csv = given().cookies(ConsoleSignIn.cookies(screens)).redirects().follow(false).get(href);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.header("Content-Disposition")).contains("attachment", shop.id());
            List<String> lines = csv.asString().lines().toList();
            assertThat(lines.get(0)).startsWith("paymentKey,orderId,transactionKey,method,amount,fee,vat");
            assertThat(lines).anyMatch(line -> line.startsWith(paymentKey + ",") && line.contains(",27000,"));
            assertThat(lines.get(lines.size() - 1)).startsWith("TOTAL,,,,27000,");

            // the date's reconciliation with the acquirer's capture file, started and followed on the same page:
            // this shop's approval is in the acquirer's books, so it is not among the mismatches
            browser.findElement(By.id("reconcile:start")).click();
            new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> driver.findElements(By.id("reconcile:reconciliation-status")).size() == 1
                            && driver.findElement(By.id("reconcile:reconciliation-status")).getText()
                            .endsWith("COMPLETED"));
            assertThat(browser.findElement(By.id("mismatches")).getText()).doesNotContain(paymentKey);
            ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("document.getElementById('reconciliation-title').scrollIntoView()");
            screens.screenshot("settlement-reconciliation");

            // and the run is listed with its status
            browser.findElement(By.id("nav-SETTLEMENT")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("runs:table")));
            assertThat(browser.findElement(By.id("runs:table")).getText()).contains(today.toString(), "COMPLETED");
            screens.screenshot("settlement-runs-after");
        }

        // without a signed-in session the report is not served (the console sends the browser to sign in)
        given().redirects().follow(false)
                .get(TestStack.paygridUrl() + "/admin/settlement/report?merchantId=" + shop.id() + "&mode=test&date="
                        + today)
                .then().statusCode(org.hamcrest.Matchers.not(200));
    }

    /** The first whole number in a text such as "3 · 81,000 KRW". */
    private static long leadingNumber(String text) {
        String digits = text.trim().split("\\s")[0].replace(",", "");
        return digits.matches("\\d+") ? Long.parseLong(digits) : -1;
    }
}
