package org.paygrid.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.paygrid.support.Browser;
import org.paygrid.support.ConsoleSignIn;
import org.paygrid.support.DashboardSignIn;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.testkit.Cards;

/**
 * A person signs up at the dashboard through the merchant realm, applies, sees the test keys once and uses them;
 * the demo owner reaches its merchant; the staff realm's sessions and users mean nothing there.
 */
@PaygridIT
class MerchantSignUpBrowserIT {

    @Test
    void aNewPersonSignsUpAppliesAndChargesWithTheTestKeys() throws Exception {
        try (Browser screens = Browser.open(390, 844, "ko-KR")) {
            screens.driver.get(DashboardSignIn.dashboardUrl());
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            assertThat(screens.driver.getCurrentUrl()).startsWith(DashboardSignIn.merchantRealmUrl())
                    .contains("code_challenge_method=S256");
            String email = DashboardSignIn.signUp(screens, "Shop-pass-2026!");
            assertThat(screens.driver.findElement(By.id("signed-in-person")).getText()).isEqualTo(email);

            // no merchant yet: the application form, its inputs named after the API's fields
            String name = "Dashboard Shop " + Long.toString(System.nanoTime(), 36);
            screens.driver.findElement(By.cssSelector("[id$='name']")).sendKeys(name);
            screens.driver.findElement(By.cssSelector("[id$='businessNumber']")).sendKeys(TestStack.newBusinessNumber());
            screens.driver.findElement(By.cssSelector("[id$='representative']")).sendKeys("Lee Jiwoo");
            screens.driver.findElement(By.cssSelector("[id$='websiteUrl']")).sendKeys("https://shop.example");
            screens.screenshot("dashboard-application");
            screens.driver.findElement(By.id("apply:submit")).click();

            // the test keys in full, this once
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("test-keys")));
            String secretKey = screens.driver.findElement(By.id("key-test-SECRET")).getText();
            assertThat(secretKey).startsWith("sk_test_");
            screens.screenshot("dashboard-test-keys");

            String orderId = "order-" + UUID.randomUUID().toString().substring(0, 18);
            given().baseUri(TestStack.paygridUrl()).auth().preemptive().basic(secretKey, "")
                    .contentType(ContentType.JSON).body("""
                            {"orderId": "%s", "orderName": "Dashboard test", "amount": 12000, "cardNumber": "%s",
                             "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(orderId, Cards.fresh()))
                    .post("/v1/payments/key-in").then().statusCode(200);

            // afterwards the dashboard shows the merchant, APPLIED, and the secret key masked only
            screens.driver.findElement(By.id("continue")).click();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overview-name")));
            assertThat(screens.driver.findElement(By.id("overview-name")).getText()).isEqualTo(name);
            assertThat(screens.driver.findElement(By.id("merchant-status")).getText()).isEqualTo("APPLIED");
            assertThat(screens.driver.findElement(By.id("member-role")).getText()).isEqualTo("OWNER");
            assertThat(screens.driver.getPageSource()).doesNotContain(secretKey);
            screens.screenshot("dashboard-overview");
        }
    }

    @Test
    void theDemoOwnerReachesTheMerchantsItWasMadeOwnerOf() throws Exception {
        String name = "Owned Shop " + Long.toString(System.nanoTime(), 36);
        TestMerchant shop = TestMerchant.create(name);
        TestMerchant.staff().contentType(ContentType.JSON)
                .body("{\"email\": \"" + DashboardSignIn.DEMO_OWNER + "\", \"role\": \"OWNER\"}")
                .post("/v1/admin/merchants/" + shop.id() + "/members").then().statusCode(200);
        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            DashboardSignIn.as(screens, DashboardSignIn.DEMO_OWNER, "owner");
            By switcher = By.id("workspace:merchant_input");
            if (screens.driver.findElements(switcher).isEmpty()) {
                assertThat(screens.driver.findElement(By.id("workspace:merchant-name")).getText())
                        .isEqualTo(name);
            } else {
                assertThat(new Select(screens.driver.findElement(switcher)).getOptions())
                        .anyMatch(option -> option.getAttribute("textContent").equals(name));
            }
            assertThat(screens.driver.findElement(By.id("workspace:mode")).getText()).isEqualTo("Test mode");
        }
    }

    @Test
    void aStaffSessionOrStaffPasswordIsNothingInTheDashboard() throws Exception {
        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            ConsoleSignIn.as(screens, "admin");
            screens.driver.get(DashboardSignIn.dashboardUrl());
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            assertThat(screens.driver.getCurrentUrl()).startsWith(DashboardSignIn.merchantRealmUrl());

            screens.driver.findElement(By.id("username")).sendKeys("admin");
            screens.driver.findElement(By.id("password")).sendKeys("admin");
            screens.driver.findElement(By.id("kc-login")).click();
            screens.wait.until(driver -> driver.getPageSource().contains("Invalid username or password"));
            assertThat(screens.driver.findElements(By.id("signed-in-person"))).isEmpty();
        }
    }
}
