package org.paygrid.dashboard;

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
import org.paygrid.support.PaygridIT;
import org.paygrid.support.TestMerchant;

/**
 * An owner invites someone by e-mail; the mail's link makes whoever signs up with it a member with the role, once;
 * the owner changes roles and removes people; the last owner cannot leave. Each step is in the audit log as the
 * member who did it.
 */
@PaygridIT
class MemberInvitationBrowserIT {

    private static final String PASSWORD = "Member-pass-2026!";

    @Test
    void anInvitationByMailMakesAMemberWithTheRoleAndTheLastOwnerStays() throws Exception {
        String shopName = "Invite Shop " + Long.toString(System.nanoTime(), 36);
        TestMerchant shop = TestMerchant.create(shopName);
        String owner = DashboardSignIn.verifiedPerson(PASSWORD);
        TestMerchant.staff().contentType(ContentType.JSON)
                .body("{\"email\": \"" + owner + "\", \"role\": \"OWNER\"}")
                .post("/v1/admin/merchants/" + shop.id() + "/members").then().statusCode(200);
        String developer = "dev-" + Long.toString(System.nanoTime(), 36) + "@shop.example";

        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            DashboardSignIn.as(screens, owner, PASSWORD);
            screens.driver.findElement(By.id("nav-members")).click();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invite:email")));
            screens.driver.findElement(By.id("invite:email")).sendKeys(developer);
            screens.driver.findElement(By.id("invite:send")).click();
            screens.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Invitation sent to " + developer));
            assertThat(row(screens, developer).getText()).contains("Invited", "Developer");
            screens.screenshot("dashboard-members-invited");
        }

        Inbox.Mail invitation = Inbox.await(developer, mail -> mail.subject().contains(shopName));
        String link = invitation.link(DashboardSignIn.dashboardUrl() + "join.xhtml?invitation=");
        assertThat(invitation.text()).contains("member:" + owner, "DEVELOPER");

        // a phone, in Korean: sign up from the link and land in the merchant as a developer
        try (Browser phone = Browser.open(390, 844, "ko-KR")) {
            DashboardSignIn.signUp(phone, link, developer, PASSWORD);
            phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("joined")));
            assertThat(phone.driver.findElement(By.id("joined")).getText()).contains(shopName, "개발자");
            phone.screenshot("dashboard-invitation-joined-phone");
            assertThat(phone.driver.findElements(By.id("nav-keys"))).isNotEmpty();
            assertThat(phone.driver.findElements(By.id("nav-members"))).isEmpty();
            assertThat(phone.driver.findElements(By.id("nav-settlements"))).isEmpty();
            assertThat(phone.driver.findElements(By.id("workspace:live"))).isEmpty();

            phone.driver.get(DashboardSignIn.dashboardUrl() + "members.xhtml");
            phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access-denied")));

            // the link works once
            phone.driver.get(link);
            phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "NOT_FOUND"));
        }

        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            DashboardSignIn.as(screens, owner, PASSWORD);
            screens.driver.get(DashboardSignIn.dashboardUrl() + "members.xhtml");
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("roster:members")));
            assertThat(row(screens, developer).getText()).contains("Active", "Developer");

            row(screens, developer).findElement(By.cssSelector(".make-ACCOUNTANT")).click();
            screens.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    developer + " is now Accountant"));
            assertThat(row(screens, developer).getText()).contains("Accountant");

            // the only owner may not leave
            row(screens, owner).findElement(By.cssSelector(".remove-member")).click();
            screens.wait.until(ExpectedConditions.alertIsPresent()).accept();
            screens.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "keeps at least one owner"));
            assertThat(row(screens, owner).getText()).contains("Owner", "Active");
            screens.screenshot("dashboard-members-last-owner");

            row(screens, developer).findElement(By.cssSelector(".remove-member")).click();
            screens.wait.until(ExpectedConditions.alertIsPresent()).accept();
            screens.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    developer + " no longer belongs"));
            assertThat(screens.driver.findElement(By.id("roster:members")).getText()).doesNotContain(developer);
        }

        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            DashboardSignIn.as(screens, developer, PASSWORD);
            assertThat(screens.driver.findElements(By.id("nav-payments"))).isEmpty();
            assertThat(screens.driver.getPageSource()).doesNotContain(shopName);
        }

        List<String> actions = TestMerchant.staff()
                .get("/v1/admin/audit-log?targetType=MERCHANT&targetId=" + shop.id())
                .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.actor.startsWith('member:') }"
                        + ".collect { it.actor + ' ' + it.action }");
        assertThat(actions).contains("member:" + owner + " MEMBER_INVITED", "member:" + developer + " MEMBER_JOINED",
                "member:" + owner + " MEMBER_ROLE_CHANGED", "member:" + owner + " MEMBER_REMOVED");
    }

    private static WebElement row(Browser screens, String email) {
        return screens.driver.findElements(By.cssSelector("#roster\\:members tr.member-row")).stream()
                .filter(row -> row.getText().contains(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + email));
    }
}
