package org.paygrid.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paygrid.support.Browser;
import org.paygrid.support.ConsoleSignIn;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;

/** Staff sign in to the console through Keycloak in a real headless Chromium and see the merchants. */
@PaygridIT
class ConsoleLoginBrowserIT {

    @Test
    void adminSignsInThroughKeycloakAndSeesTheMerchants() throws Exception {
        try (Browser browser = Browser.open(1280, 900, "en-US")) {
            signInAndFindTheMerchant(browser);
        }
    }

    @Test
    void theConsoleSessionEndsWhenTheKeycloakSessionEnds() throws Exception {
        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            ConsoleSignIn.as(screens, "support");
            // signed out at Keycloak only (as an idle timeout or an administrator would end the session): the
            // console is not told, and must find out at its next token refresh (the development realm's console
            // tokens live 20 s)
            screens.driver.get(TestStack.keycloakUrl() + "/realms/paygrid/protocol/openid-connect/logout");
            screens.wait.until(ExpectedConditions.elementToBeClickable(By.id("kc-logout"))).click();
            screens.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("kc-logout")));

            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).until(() -> {
                screens.driver.get(TestStack.paygridUrl() + "/admin/");
                return !screens.driver.findElements(By.id("username")).isEmpty();
            });
            assertThat(screens.driver.getCurrentUrl()).startsWith(TestStack.keycloakUrl() + "/realms/paygrid/");
        }
    }

    private static void signInAndFindTheMerchant(Browser screens) throws Exception {
        WebDriver browser = screens.driver;
        WebDriverWait wait = screens.wait;
        String name = "Browser Shop " + Long.toString(System.nanoTime(), 36);
        given().baseUri(TestStack.paygridUrl()).contentType(ContentType.JSON).auth().oauth2(TestStack.opsToken())
                .body("""
                        {"name": "%s", "businessNumber": "%s", "representative": "Lee Jiwoo", "email": "lee@example.kr"}"""
                        .formatted(name, TestStack.newBusinessNumber()))
                .post("/v1/admin/merchants").then().statusCode(201);

        browser.get(TestStack.paygridUrl() + "/admin/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(TestStack.keycloakUrl() + "/realms/paygrid/")
                // the authorization code is bound to this browser's sign-in (PKCE)
                .contains("code_challenge_method=S256", "code_challenge=", "nonce=", "state=");
        screens.screenshot("keycloak-login");

        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("admin");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
        assertThat(browser.getCurrentUrl()).startsWith(TestStack.paygridUrl() + "/admin/");
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo("Ada Admin");
        assertThat(browser.findElement(By.id("signed-in-roles")).getText()).contains("admin").doesNotContain("finance");

        By search = By.id("merchants:nameQuery");
        wait.until(ExpectedConditions.presenceOfElementLocated(search)).sendKeys(name);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("merchants:table"), name));
        wait.until(driver -> driver.findElements(By.cssSelector("#merchants\\:table_data tr")).size() == 1);
        assertThat(browser.findElement(By.id("merchants:table")).getText()).contains(name, "APPLIED");
        screens.screenshot("merchants");

        browser.findElement(By.id("session:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(TestStack.keycloakUrl() + "/realms/paygrid/");
        browser.get(TestStack.paygridUrl() + "/admin/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }
}
