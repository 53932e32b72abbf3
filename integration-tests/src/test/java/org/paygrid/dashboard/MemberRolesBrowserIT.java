package org.paygrid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paygrid.support.Browser;
import org.paygrid.support.DashboardSignIn;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.TestMerchant;

/**
 * What each role of a merchant sees in the dashboard, checked on the server: a developer sees the keys but not the
 * review papers, an accountant neither, even by typing the page's address; a person without a merchant gets nothing.
 */
@PaygridIT
class MemberRolesBrowserIT {

    private static final String PASSWORD = "Member-pass-2026!";

    @Test
    void aDeveloperSeesTheKeysButNotTheReviewPapers() throws Exception {
        String email = invited("DEVELOPER");
        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            DashboardSignIn.as(screens, email, PASSWORD);
            assertThat(screens.driver.findElement(By.id("member-role")).getText()).isEqualTo("DEVELOPER");
            assertThat(screens.driver.findElement(By.id("key-table")).getText()).contains("sk_test_");
            assertThat(screens.driver.findElements(By.id("nav-onboarding"))).isEmpty();
            refusedByAddress(screens);
        }
    }

    @Test
    void anAccountantSeesNoKeyAndNoReviewPapers() throws Exception {
        String email = invited("ACCOUNTANT");
        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            DashboardSignIn.as(screens, email, PASSWORD);
            assertThat(screens.driver.findElement(By.id("member-role")).getText()).isEqualTo("ACCOUNTANT");
            assertThat(screens.driver.findElement(By.id("status-text")).getText()).contains("The owner hands in");
            assertThat(screens.driver.findElements(By.id("key-table"))).isEmpty();
            assertThat(screens.driver.getPageSource()).doesNotContain("sk_test_", "ck_test_");
            refusedByAddress(screens);
        }
    }

    @Test
    void aPersonWithoutAMerchantGetsNoPageOfOne() throws Exception {
        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            DashboardSignIn.signUp(screens, PASSWORD);
            refusedByAddress(screens);
        }
    }

    /** A new merchant, and a verified person invited to it by staff with the role. */
    private static String invited(String role) {
        TestMerchant shop = TestMerchant.create("Team Shop " + Long.toString(System.nanoTime(), 36));
        return DashboardSignIn.memberOf(shop, role, PASSWORD);
    }

    private static void refusedByAddress(Browser screens) {
        screens.driver.get(DashboardSignIn.dashboardUrl() + "onboarding.xhtml");
        screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access-denied")));
        assertThat(screens.driver.findElements(By.cssSelector("input[type=file]"))).isEmpty();
    }
}
