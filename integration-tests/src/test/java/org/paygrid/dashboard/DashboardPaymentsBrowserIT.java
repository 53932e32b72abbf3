package org.paygrid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paygrid.support.Browser;
import org.paygrid.support.DashboardSignIn;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.TestMerchant;
import org.paygrid.testkit.Cards;

/**
 * The payments screen of the dashboard: an owner finds a payment the API made, cancels part of it (the API then
 * shows the cancel, staff see who did it in the audit log); a developer reads test payments but cancels nothing and
 * has no live mode; nobody opens another merchant's payment by typing its key into the address.
 */
@PaygridIT
class DashboardPaymentsBrowserIT {

    private static final String PASSWORD = "Member-pass-2026!";

    @Test
    void anOwnerFindsAPaymentAndCancelsPartOfIt() throws Exception {
        TestMerchant shop = TestMerchant.create("Cancel Shop " + Long.toString(System.nanoTime(), 36));
        String email = member(shop, "OWNER");
        String orderId = "order-" + UUID.randomUUID().toString().substring(0, 18);
        String paymentKey = keyIn(shop, orderId, 15_000);
        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            DashboardSignIn.as(screens, email, PASSWORD);
            screens.driver.findElement(By.id("nav-payments")).click();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search:orderId")))
                    .sendKeys(orderId);
            screens.driver.findElement(By.id("search:find")).click();
            screens.wait.until(ExpectedConditions.textToBe(By.id("total"), "1"));
            screens.driver.findElement(By.cssSelector("a.payment-link")).click();
            screens.wait.until(ExpectedConditions.textToBe(By.id("payment-key"), paymentKey));
            assertThat(screens.driver.findElement(By.id("timeline")).getText()).contains("PAYMENT_STATUS_CHANGED");

            screens.driver.findElement(By.id("cancel:cancelAmount_input")).sendKeys("4000");
            screens.driver.findElement(By.id("cancel:cancelReason")).sendKeys("one item out of stock");
            screens.driver.findElement(By.id("cancel:submit")).click();
            screens.wait.until(ExpectedConditions.textToBe(By.id("status"), "PARTIAL_CANCELED"));
            assertThat(screens.driver.findElement(By.id("balance-amount")).getText()).isEqualTo("11,000");
            assertThat(screens.driver.findElement(By.id("cancels")).getText()).contains("one item out of stock");
            screens.screenshot("dashboard-payment-partly-canceled");
        }
        shop.api().get("/v1/payments/" + paymentKey).then().statusCode(200)
                .body("balanceAmount", equalTo(11_000)).body("cancels[0].cancelAmount", equalTo(4_000));
        TestMerchant.staff().get("/v1/admin/audit-log?targetType=PAYMENT&targetId=" + paymentKey).then()
                .statusCode(200).body("items[0].action", equalTo("PAYMENT_CANCELED"))
                .body("items[0].actor", equalTo("member:" + email));
    }

    @Test
    void aDeveloperReadsTestPaymentsButCancelsNothingAndHasNoLiveMode() throws Exception {
        TestMerchant shop = TestMerchant.create("Dev Shop " + Long.toString(System.nanoTime(), 36));
        String email = member(shop, "DEVELOPER");
        String orderId = "order-" + UUID.randomUUID().toString().substring(0, 18);
        String paymentKey = keyIn(shop, orderId, 9_000);
        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            DashboardSignIn.as(screens, email, PASSWORD);
            assertThat(screens.driver.findElements(By.id("workspace:live"))).isEmpty();
            assertThat(screens.driver.findElement(By.id("workspace:mode")).getText()).isEqualTo("Test mode");
            screens.driver.get(DashboardSignIn.dashboardUrl() + "payment.xhtml?key=" + paymentKey);
            screens.wait.until(ExpectedConditions.textToBe(By.id("payment-key"), paymentKey));
            assertThat(screens.driver.findElements(By.id("cancel:submit"))).isEmpty();
        }
    }

    @Test
    void nobodyOpensAnotherMerchantsPaymentByItsKey() throws Exception {
        TestMerchant mine = TestMerchant.create("Mine " + Long.toString(System.nanoTime(), 36));
        TestMerchant theirs = TestMerchant.create("Theirs " + Long.toString(System.nanoTime(), 36));
        String email = member(mine, "OWNER");
        String orderId = "order-" + UUID.randomUUID().toString().substring(0, 18);
        String theirKey = keyIn(theirs, orderId, 7_000);
        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            DashboardSignIn.as(screens, email, PASSWORD);
            screens.driver.get(DashboardSignIn.dashboardUrl() + "payment.xhtml?key=" + theirKey);
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("back")));
            assertThat(screens.driver.findElements(By.id("payment"))).isEmpty();
            assertThat(screens.driver.getPageSource()).doesNotContain(orderId).contains("NOT_FOUND_PAYMENT");

            screens.driver.get(DashboardSignIn.dashboardUrl() + "payments.xhtml");
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search:orderId")))
                    .sendKeys(orderId);
            screens.driver.findElement(By.id("search:find")).click();
            screens.wait.until(ExpectedConditions.textToBe(By.id("total"), "0"));
        }
        theirs.api().get("/v1/payments/" + theirKey).then().body("balanceAmount", equalTo(7_000));
    }

    /** A verified person, made a member of the shop with the role by staff. */
    private static String member(TestMerchant shop, String role) {
        String email = DashboardSignIn.verifiedPerson(PASSWORD);
        TestMerchant.staff().contentType(ContentType.JSON)
                .body("{\"email\": \"" + email + "\", \"role\": \"" + role + "\"}")
                .post("/v1/admin/merchants/" + shop.id() + "/members").then().statusCode(200);
        return email;
    }

    private static String keyIn(TestMerchant shop, String orderId, long amount) {
        return shop.api().body("""
                        {"orderId": "%s", "orderName": "Hanbit Books: 2 items", "amount": %d, "cardNumber": "%s",
                         "cardExpirationYear": "30", "cardExpirationMonth": "12"}"""
                        .formatted(orderId, amount, Cards.fresh()))
                .post("/v1/payments/key-in").then().statusCode(200).body("status", equalTo("DONE"))
                .extract().path("paymentKey");
    }
}
