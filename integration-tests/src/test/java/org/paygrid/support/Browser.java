package org.paygrid.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven by chromedriver, with screenshots saved for people to look at. */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    public final WebDriver driver;
    public final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** {@code width} 390 looks like a phone, 1280 like a desktop. */
    public static Browser open(int width, int height, String language) throws Exception {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=" + width + "," + height, "--lang=" + language,
                "--user-data-dir=" + Files.createTempDirectory("paygrid-chromium"));
        // headless Chromium ignores --lang for Accept-Language; the preference sets it
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        return new Browser(new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(),
                options));
    }

    public void screenshot(String name) throws Exception {
        Path dir = Path.of(TestStack.require("screenshots.dir"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** The last screen and its source, whatever happened: the first thing to look at when a test fails. */
    @Override
    public void close() throws Exception {
        try {
            screenshot("last-screen");
            Files.writeString(Path.of(TestStack.require("screenshots.dir")).resolve("last-screen.html"),
                    driver.getCurrentUrl() + "\n" + driver.getPageSource());
        } finally {
            driver.quit();
        }
    }
}
