package org.paygrid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paygrid.support.Browser;
import org.paygrid.support.DashboardSignIn;
import org.paygrid.support.Inbox;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.TestStack;

/**
 * A merchant who forgot their password resets it through Keycloak, whose mail goes out by SMTP to the stack's mail
 * sink (the merchant realm's smtpServer); the new password signs them in, the old one no more.
 */
@PaygridIT
class PasswordResetMailBrowserIT {

    @Test
    void theResetLinkArrivesByMailAndSetsANewPassword() throws Exception {
        String email = DashboardSignIn.verifiedPerson("Old-pass-2026!");
        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            screens.driver.get(DashboardSignIn.dashboardUrl());
            screens.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("a[href*='reset-credentials']"))).click();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(email);
            screens.driver.findElement(By.cssSelector("[type=submit]")).click();
            screens.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "You should receive an email"));

            Inbox.Mail mail = Inbox.await(email, m -> m.subject().toLowerCase().contains("reset"));
            String link = mail.link(TestStack.keycloakUrl() + "/realms/paygrid-merchants/login-actions/action-token?");
            screens.driver.get(link);
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-new")))
                    .sendKeys("New-pass-2026!");
            screens.driver.findElement(By.id("password-confirm")).sendKeys("New-pass-2026!");
            screens.driver.findElement(By.cssSelector("[type=submit]")).click();
            screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-person")));
            assertThat(screens.driver.findElement(By.id("signed-in-person")).getText()).isEqualTo(email);
        }
        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            DashboardSignIn.as(screens, email, "New-pass-2026!");
            assertThat(screens.driver.findElement(By.id("signed-in-person")).getText()).isEqualTo(email);
        }
    }
}
