package org.paygrid.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paygrid.support.PaygridDeployment;
import org.paygrid.support.TestStack;

/** Staff sign in to the console through Keycloak in a real headless Chromium and see the merchants. */
@ExtendWith(ArquillianExtension.class)
class ConsoleLoginBrowserIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PaygridDeployment.ear();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1280,900", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("paygrid-chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            // the last screen, whatever happened: the first thing to look at when this test fails
            screenshot("last-screen");
            Files.writeString(Path.of(TestStack.require("screenshots.dir")).resolve("last-screen.html"),
                    browser.getCurrentUrl() + "\n" + browser.getPageSource());
            browser.quit();
        }
    }

    @Test
    void adminSignsInThroughKeycloakAndSeesTheMerchants() throws Exception {
        String name = "Browser Shop " + System.nanoTime();
        given().baseUri(TestStack.paygridUrl()).contentType(ContentType.JSON).auth().oauth2(TestStack.opsToken())
                .body("""
                        {"name": "%s", "businessNumber": "%s", "representative": "Lee Jiwoo", "email": "lee@example.kr"}"""
                        .formatted(name, TestStack.newBusinessNumber()))
                .post("/v1/admin/merchants").then().statusCode(201);

        browser.get(TestStack.paygridUrl() + "/admin/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(TestStack.keycloakUrl() + "/realms/paygrid/");
        screenshot("keycloak-login");

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
        screenshot("merchants");

        browser.findElement(By.id("session:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(TestStack.keycloakUrl() + "/realms/paygrid/");
        browser.get(TestStack.paygridUrl() + "/admin/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of(TestStack.require("screenshots.dir"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
