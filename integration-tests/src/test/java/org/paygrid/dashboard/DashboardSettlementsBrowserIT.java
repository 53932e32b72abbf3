package org.paygrid.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.paygrid.support.Browser;
import org.paygrid.support.DashboardSignIn;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.SettlementRuns;
import org.paygrid.support.TestMerchant;
import org.paygrid.testkit.Cards;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.paygrid.support.Shared;

/**
 * An accountant reads the settlement lines and payouts of the day and downloads its CSV; the download is of the
 * member's own merchant whatever the address says, refused to a role without settlements, and audited. A person
 * in two merchants switches between them, and an owner switches between test and live.
 */
@PaygridIT
@ResourceLock(Shared.SETTLEMENT_RUNS)
class DashboardSettlementsBrowserIT {

    private static final String PASSWORD = "Accountant-pass-2026!";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

    @Test
    void anAccountantSeesTheDaysSettlementAndDownloadsOnlyItsOwnCsv() throws Exception {
        TestMerchant shop = TestMerchant.create("Ledger Shop " + Long.toString(System.nanoTime(), 36));
        TestMerchant other = TestMerchant.create("Other Ledger Shop " + Long.toString(System.nanoTime(), 36));
        String ours = keyIn(shop, 20_000);
        String theirs = keyIn(other, 30_000);
        SettlementRuns.runToCompletion(TODAY);
        String accountant = DashboardSignIn.memberOf(shop, "ACCOUNTANT", PASSWORD);
        String developer = DashboardSignIn.memberOf(shop, "DEVELOPER", PASSWORD);

        try (Browser screens = Browser.open(1280, 1000, "en-US")) {
            DashboardSignIn.as(screens, accountant, PASSWORD);
            screens.driver.findElement(By.id("nav-settlements")).click();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lines")));
            assertThat(screens.driver.findElement(By.id("lines")).getText()).contains("20,000");
            assertThat(screens.driver.findElement(By.id("payouts")).getText()).contains("Payout date");
            screens.screenshot("dashboard-settlements");
            String href = screens.driver.findElement(By.cssSelector(".csv-link")).getAttribute("href");
            assertThat(href).endsWith("settlements.csv?soldDate=" + TODAY);

            Map<String, String> session = cookies(screens);
            Response csv = given().cookies(session).redirects().follow(false).get(href);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.asString()).contains(ours, "TOTAL").doesNotContain(theirs);
            // naming another merchant in the address changes nothing: the session's merchant is the only one
            assertThat(given().cookies(session).get(href + "&merchantId=" + other.id()).asString())
                    .contains(ours).doesNotContain(theirs);
            String payouts = screens.driver.findElement(By.id("payouts-csv")).getAttribute("href");
            assertThat(given().cookies(session).get(payouts).asString())
                    .startsWith("payoutDate,grossAmount").contains(",20000,640,64,0,19296,SCHEDULED")
                    .doesNotContain("30000");
        }

        try (Browser screens = Browser.open(1280, 1000, "en-US")) {
            DashboardSignIn.as(screens, developer, PASSWORD);
            assertThat(screens.driver.findElements(By.id("nav-settlements"))).isEmpty();
            Response refused = given().cookies(cookies(screens)).redirects().follow(false)
                    .get(DashboardSignIn.dashboardUrl() + "settlements.csv?soldDate=" + TODAY);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.asString()).doesNotContain(ours);
            screens.driver.get(DashboardSignIn.dashboardUrl() + "settlements.xhtml");
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access-denied")));
        }

        List<String> actions = TestMerchant.staff()
                .get("/v1/admin/audit-log?targetType=MERCHANT&targetId=" + shop.id()).then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.actor == 'member:" + accountant + "' }.action");
        assertThat(actions).contains("SETTLEMENT_REPORT_DOWNLOADED");
    }

    @Test
    void aPersonInTwoMerchantsSwitchesBetweenThemAndAnOwnerBetweenTestAndLive() throws Exception {
        TestMerchant first = TestMerchant.create("First Shop " + Long.toString(System.nanoTime(), 36));
        String secondName = "Second Shop " + Long.toString(System.nanoTime(), 36);
        TestMerchant second = TestMerchant.create(secondName);
        TestMerchant.staff().body("{\"decision\": \"APPROVE\", \"note\": \"ok\"}")
                .post("/v1/admin/merchants/" + first.id() + "/review").then().statusCode(200);
        String person = DashboardSignIn.memberOf(first, "OWNER", PASSWORD);
        TestMerchant.staff().contentType(io.restassured.http.ContentType.JSON)
                .body("{\"email\": \"" + person + "\", \"role\": \"ACCOUNTANT\"}")
                .post("/v1/admin/merchants/" + second.id() + "/members").then().statusCode(200);
        String testPayment = keyIn(first, 12_345);

        try (Browser screens = Browser.open(1280, 1000, "en-US")) {
            DashboardSignIn.as(screens, person, PASSWORD);
            assertThat(screens.driver.findElement(By.id("workspace:mode")).getText()).isEqualTo("Test mode");
            screens.driver.findElement(By.id("nav-payments")).click();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("payments")));
            assertThat(screens.driver.findElement(By.id("payments")).getText()).contains("12,345");

            screens.driver.findElement(By.cssSelector("#workspace\\:live .ui-toggleswitch-slider")).click();
            screens.wait.until(ExpectedConditions.textToBe(By.id("workspace:mode"), "Live mode"));
            screens.driver.navigate().refresh();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("payments")));
            assertThat(screens.driver.findElement(By.id("payments")).getText()).doesNotContain("12,345");
            screens.driver.findElement(By.id("nav-keys")).click();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("keys:key-table")));
            assertThat(screens.driver.findElement(By.id("keys:key-table")).getText()).contains("_live_")
                    .doesNotContain("_test_");
            screens.screenshot("dashboard-live-mode-keys");

            // to the second merchant, where the person is an accountant: no keys there
            new Select(screens.driver.findElement(By.id("workspace:merchant")))
                    .selectByVisibleText(secondName);
            screens.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("nav-keys")));
            assertThat(new Select(screens.driver.findElement(By.id("workspace:merchant"))).getFirstSelectedOption()
                    .getText()).isEqualTo(secondName);
            screens.screenshot("dashboard-merchant-switched");
            screens.driver.get(DashboardSignIn.dashboardUrl() + "keys.xhtml");
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access-denied")));
            screens.driver.get(DashboardSignIn.dashboardUrl() + "payment.xhtml?key=" + testPayment);
            screens.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "NOT_FOUND_PAYMENT"));
        }
    }

    private static Map<String, String> cookies(Browser screens) {
        return screens.driver.manage().getCookies().stream().collect(Collectors.toMap(Cookie::getName,
                Cookie::getValue, (a, b) -> a));
    }

    private static String keyIn(TestMerchant shop, long amount) {
        return shop.api().body("""
                        {"orderId": "dash-%s", "orderName": "Dashboard settlement", "amount": %d, "cardNumber": "%s",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 18), amount, Cards.fresh()))
                .post("/v1/payments/key-in").then().statusCode(200).extract().path("paymentKey");
    }
}
