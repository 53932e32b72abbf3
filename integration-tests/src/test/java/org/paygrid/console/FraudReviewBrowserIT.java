package org.paygrid.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.paygrid.support.TestMerchant.staff;

import java.sql.Connection;
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
import org.paygrid.support.PaygridIT;
import org.paygrid.support.Shared;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.testkit.Cards;
import org.paygrid.testkit.Sql;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Risk staff in the console (issue 17): they land on the review queue, clear a payment the sandbox review card sent
 * there with a note, put a rule in shadow with a lower threshold after previewing what it would have done to the
 * last 24 hours, block a card by one of its payments, find the decisions in the log, and see the day's figures.
 */
@PaygridIT
@ResourceLock(Shared.FRAUD_RULE_DEFAULTS)
class FraudReviewBrowserIT {

    private static final String REVIEW_CARD = "4000000000004954";
    private static final String AMOUNT_REVIEW_DEFAULT = "{\"enabled\": true, \"mode\": \"ENFORCE\", \"params\": "
            + "{\"minAmount\": 5000000, \"decision\": \"REVIEW\"}}";

    private static String keyIn(TestMerchant shop, long amount, String card) {
        return shop.api().body("""
                        {"orderId": "%s", "orderName": "FDS console", "amount": %d, "cardNumber": "%s",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}"""
                        .formatted("fds-" + UUID.randomUUID().toString().substring(0, 18), amount, card))
                .post("/v1/payments/key-in").then().statusCode(200).extract().path("paymentKey");
    }

    @Test
    void riskStaffClearAReviewTuneARuleAfterItsPreviewAndBlockACard() throws Exception {
        TestMerchant shop = TestMerchant.create("FDS Console Shop " + Long.toString(System.nanoTime(), 36));
        String held = keyIn(shop, 23_000, REVIEW_CARD);
        String big = keyIn(shop, 80_000, Cards.fresh());
        keyIn(shop, 90_000, Cards.fresh());
        keyIn(shop, 9_000, Cards.fresh());

        try (Browser screens = Browser.open(1280, 1000, "en-US")) {
            WebDriver browser = screens.driver;
            WebDriverWait wait = screens.wait;
            wait.ignoring(StaleElementReferenceException.class);
            ConsoleSignIn.as(screens, "risk");

            // risk lands on the review queue, and sees only its screens
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reviews:queue")));
            assertThat(browser.findElement(By.id("nav-FRAUD")).getAttribute("aria-current")).isEqualTo("page");
            assertThat(browser.findElements(By.id("nav-PAYMENTS"))).isEmpty();
            assertThat(browser.findElements(By.id("nav-MERCHANTS"))).isEmpty();
            assertThat(browser.findElement(By.id("signed-in-roles")).getText()).contains("risk");
            WebElement row = wait.until(driver -> rowWith(driver, "#reviews\\:queue_data tr", held));
            assertThat(row.getText()).contains("SANDBOX_REVIEW", "23,000", "400000");
            screens.screenshot("fraud-review-queue");

            // a decision needs a note; with one, the payment is cleared and leaves the queue
            row.findElement(By.cssSelector("[id$=':clear']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Write a note"));
            browser.findElement(By.id("reviews:note")).sendKeys("Customer confirmed by phone");
            rowWith(browser, "#reviews\\:queue_data tr", held).findElement(By.cssSelector("[id$=':clear']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), held + " cleared"));
            wait.until(driver -> !driver.findElement(By.id("reviews:queue")).getText().contains(held));
            shop.api().get("/v1/payments/" + held).then().statusCode(200).body("fds.reviewStatus", equalTo("CLEARED"));

            // the amount rule: previewed in shadow with a lower threshold, then saved
            browser.findElement(By.id("tab-rules")).click();
            WebElement amountRule = wait.until(driver -> rowWith(driver, "#rules\\:defaults_data tr", "AMOUNT_REVIEW"));
            amountRule.findElement(By.cssSelector("[id$=':edit']")).click();
            wait.until(ExpectedConditions.textToBe(By.id("editing"), "AMOUNT_REVIEW"));
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("edit:mode"))).selectByValue("SHADOW");
            WebElement minAmount = browser.findElement(By.cssSelector("input.param-minAmount"));
            minAmount.clear();
            minAmount.sendKeys("50000");
            browser.findElement(By.id("edit:preview")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-proposed")));
            assertThat(Long.parseLong(browser.findElement(By.cssSelector("#preview-proposed td")).getText()))
                    .as("this shop's two payments of 50,000 or more, at least, would have fired").isGreaterThanOrEqualTo(2);
            assertThat(browser.findElement(By.cssSelector("#preview-proposed .proposed-reviewed")).getText())
                    .as("in shadow, nothing would have been held").isEqualTo("0");
            screens.screenshot("fraud-rule-preview");
            browser.findElement(By.id("edit:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Rule AMOUNT_REVIEW saved"));
            assertThat(browser.findElement(By.id("state-AMOUNT_REVIEW")).getText()).isEqualTo("SHADOW");
            try {
                String shadowed = keyIn(shop, 70_000, Cards.fresh());
                shop.api().get("/v1/payments/" + shadowed).then().body("fds.decision", equalTo("ALLOW"));
                try (Connection db = TestStack.database()) {
                    assertThat(Sql.count(db, "select count(*) from fds_screening where payment_key = ? and fired like "
                            + "'%\"ruleId\":\"AMOUNT_REVIEW\",\"mode\":\"SHADOW\"%'", shadowed)).isEqualTo(1);
                    assertThat(Sql.count(db, "select count(*) from aud_audit_entry where action = 'FDS_RULE_CHANGED' "
                            + "and target_id = 'AMOUNT_REVIEW' and actor = 'risk'")).isPositive();
                }
            } finally {
                staff(TestStack.userToken("risk")).body(AMOUNT_REVIEW_DEFAULT).put("/v1/admin/fds/rules/AMOUNT_REVIEW")
                        .then().statusCode(200);
            }

            // a card blocked by one of its payments, with a reason
            browser.findElement(By.id("tab-lists")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lists:paymentKey"))).sendKeys(big);
            browser.findElement(By.id("lists:reason")).sendKeys("Reported stolen");
            browser.findElement(By.id("lists:add")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "blocked"));
            WebElement entry = rowWith(browser, "#lists\\:entries_data tr", "Reported stolen");
            assertThat(entry.getText()).contains("CARD", "risk");
            screens.screenshot("fraud-block-list");
            entry.findElement(By.cssSelector("[id$=':remove']")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "removed"));

            // the decisions log, by merchant and rule
            browser.findElement(By.id("tab-decisions")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decisions:merchantId"))).sendKeys(shop.id());
            browser.findElement(By.id("decisions:ruleId")).sendKeys("SANDBOX_REVIEW");
            browser.findElement(By.id("decisions:search")).click();
            wait.until(driver -> driver.findElements(By.cssSelector("#decisions\\:log_data tr")).size() == 1
                    && driver.findElement(By.id("decisions:log")).getText().contains(held));

            // the day's figures on the dashboard
            browser.findElement(By.id("nav-DASHBOARD")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-fraud")));
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("dashboard:mode"))).selectByValue("TEST");
            browser.findElement(By.id("dashboard:refresh")).click();
            wait.until(driver -> Long.parseLong(driver.findElement(By.id("dashboard-fraud-screened")).getText().trim()) >= 5);
            assertThat(browser.findElement(By.id("dashboard-fraud-rules")).getText()).contains("SANDBOX_REVIEW");
            screens.screenshot("fraud-dashboard");
        }
    }

    /** The row of a table that contains {@code text} (fails the wait's condition until there is one). */
    private static WebElement rowWith(WebDriver browser, String rowsSelector, String text) {
        return browser.findElements(By.cssSelector(rowsSelector)).stream().filter(r -> r.getText().contains(text))
                .findFirst().orElseThrow(() -> new org.openqa.selenium.NotFoundException("no row with " + text));
    }
}
