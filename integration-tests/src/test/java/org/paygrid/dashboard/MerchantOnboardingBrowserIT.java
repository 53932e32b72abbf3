package org.paygrid.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paygrid.support.Browser;
import org.paygrid.support.DashboardSignIn;
import org.paygrid.support.Inbox;
import org.paygrid.support.Papers;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;

/**
 * The owner prepares the review in the dashboard: three papers uploaded, four pages of the site linked, submitted
 * (UNDER_REVIEW, in the staff queue); a rejection's note shows in the dashboard, the owner fixes the page it names
 * and submits again; the approval shows too.
 */
@PaygridIT
class MerchantOnboardingBrowserIT {

    private static final List<String> PAPERS = List.of("BUSINESS_REGISTRATION", "MAIL_ORDER_REPORT", "REPRESENTATIVE_ID");
    private static final List<String> PAGES = List.of("TERMS_OF_SERVICE", "PRIVACY_POLICY", "REFUND_POLICY",
            "SUPPORT_CONTACT");

    @Test
    void theOwnerHandsInThePapersSubmitsAndSeesTheDecisions() throws Exception {
        try (Browser screens = Browser.open(1280, 1000, "en-US")) {
            String owner = DashboardSignIn.signUp(screens, "Shop-pass-2026!");
            String merchantId = apply(screens);

            screens.driver.findElement(By.id("nav-onboarding")).click();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("onboarding-status")));
            assertThat(status(screens)).isEqualTo("APPLIED");

            for (int paper = 0; paper < PAPERS.size(); paper++) {
                String kind = PAPERS.get(paper);
                screens.driver.findElement(By.id("onboarding:items:" + paper + ":upload_input"))
                        .sendKeys(Papers.pdfFile(kind).toAbsolutePath().toString());
                screens.wait.until(ExpectedConditions.textToBe(By.id("status-" + kind), "Handed in"));
            }
            for (int page = 0; page < PAGES.size(); page++) {
                int item = PAPERS.size() + page;
                String kind = PAGES.get(page);
                link(screens, item, "https://shop.example/" + kind.toLowerCase());
                screens.wait.until(ExpectedConditions.textToBe(By.id("status-" + kind), "Handed in"));
            }
            // handed in, but not yet submitted: nothing waits for a reviewer
            assertThat(status(screens)).isEqualTo("APPLIED");
            screens.screenshot("dashboard-onboarding-ready");
            submitButton(screens).click();
            screens.wait.until(ExpectedConditions.textToBe(By.id("onboarding-status"), "UNDER_REVIEW"));
            assertThat(screens.driver.findElements(By.cssSelector("input[type=file]"))).isEmpty();
            staffSeesIt(merchantId, "UNDER_REVIEW");

            review(merchantId, "REJECT", "The refund policy page is not found: publish it and link it again");
            screens.driver.navigate().refresh();
            screens.wait.until(ExpectedConditions.textToBe(By.id("onboarding-status"), "REJECTED"));
            assertThat(screens.driver.findElement(By.id("decision-value")).getText()).isEqualTo("Changes needed");
            assertThat(screens.driver.findElement(By.id("decision-note")).getText()).contains("refund policy");
            screens.screenshot("dashboard-onboarding-rejected");
            // the decision and its note reach the owner's mailbox too
            Inbox.Mail rejected = Inbox.await(owner, mail -> mail.subject().contains("needs changes"));
            assertThat(rejected.text()).contains("The refund policy page is not found", "/dashboard/");

            link(screens, PAPERS.size() + PAGES.indexOf("REFUND_POLICY"), "https://shop.example/policies/refunds");
            submitButton(screens).click();
            screens.wait.until(ExpectedConditions.textToBe(By.id("onboarding-status"), "UNDER_REVIEW"));

            String approvedSecret = review(merchantId, "APPROVE", "All papers verified")
                    .getString("keys.live.secretKey");
            screens.driver.navigate().refresh();
            screens.wait.until(ExpectedConditions.textToBe(By.id("onboarding-status"), "APPROVED"));
            assertThat(screens.driver.findElement(By.id("decision-value")).getText()).isEqualTo("Approved");
            Inbox.Mail approvedMail = Inbox.await(owner, mail -> mail.subject().contains("approved"));
            assertThat(approvedMail.text()).contains("All papers verified").doesNotContain("sk_live_");

            // the live keys, once, to the owner: a new secret key that works, the one issued at approval no more
            screens.driver.findElement(By.id("onboarding:take-live-keys")).click();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("live-key-SECRET")));
            String liveSecret = screens.driver.findElement(By.id("live-key-SECRET")).getText();
            assertThat(liveSecret).startsWith("sk_live_");
            assertThat(screens.driver.findElement(By.id("live-key-CLIENT")).getText()).startsWith("ck_live_");
            screens.screenshot("dashboard-live-keys");
            given().baseUri(TestStack.paygridUrl()).auth().preemptive().basic(liveSecret, "")
                    .get("/v1/payments/orders/no-such-order").then().statusCode(404);
            given().baseUri(TestStack.paygridUrl()).auth().preemptive().basic(approvedSecret, "")
                    .get("/v1/payments/orders/no-such-order").then().statusCode(401);
            screens.driver.navigate().refresh();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("onboarding-status")));
            assertThat(screens.driver.findElements(By.id("onboarding:take-live-keys"))).isEmpty();
            assertThat(screens.driver.getPageSource()).doesNotContain(liveSecret);
        }
    }

    @Test
    void anIncompleteChecklistIsNotSubmitted() throws Exception {
        try (Browser screens = Browser.open(1280, 1000, "en-US")) {
            DashboardSignIn.signUp(screens, "Shop-pass-2026!");
            apply(screens);
            screens.driver.findElement(By.id("nav-onboarding")).click();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("onboarding-status")));
            submitButton(screens).click();
            screens.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "ONBOARDING_INCOMPLETE"));
            assertThat(status(screens)).isEqualTo("APPLIED");
        }
    }

    /** Applies for a new merchant from the form; answers its id, which the overview shows. */
    private static String apply(Browser screens) {
        String name = "Onboarding Shop " + Long.toString(System.nanoTime(), 36);
        screens.driver.findElement(By.id("apply:name")).sendKeys(name);
        screens.driver.findElement(By.id("apply:businessNumber")).sendKeys(TestStack.newBusinessNumber());
        screens.driver.findElement(By.id("apply:representative")).sendKeys("Lee Jiwoo");
        screens.driver.findElement(By.id("apply:submit")).click();
        screens.wait.until(ExpectedConditions.elementToBeClickable(By.id("continue"))).click();
        screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overview-name")));
        return screens.driver.findElement(By.id("merchant-id")).getText();
    }

    private static void link(Browser screens, int item, String url) {
        WebElement input = screens.driver.findElement(By.id("onboarding:items:" + item + ":link"));
        input.clear();
        input.sendKeys(url);
        screens.driver.findElement(By.id("onboarding:items:" + item + ":save-link")).click();
        // the form is drawn again once the link is saved
        screens.wait.until(ExpectedConditions.stalenessOf(input));
    }

    private static String status(Browser screens) {
        return screens.driver.findElement(By.id("onboarding-status")).getText();
    }

    private static WebElement submitButton(Browser screens) {
        return screens.driver.findElement(By.id("onboarding:submit"));
    }

    private static void staffSeesIt(String merchantId, String status) {
        TestMerchant.staff().get("/v1/admin/merchants/" + merchantId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo(status));
    }

    private static io.restassured.path.json.JsonPath review(String merchantId, String decision, String note) {
        return TestMerchant.staff().contentType(ContentType.JSON)
                .body("{\"decision\": \"" + decision + "\", \"note\": \"" + note + "\"}")
                .post("/v1/admin/merchants/" + merchantId + "/review").then().statusCode(200).extract().jsonPath();
    }
}
