package org.paygrid.support;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by chromedriver, with screenshots saved for people to look at. A browser closed
 * by one test is kept, emptied (a fresh tab, no cookies, no stored data of the stack's sites), for the next test of
 * the same language: a new Chromium with its driver costs about 1.2 s of CPU, and the suite opens 35.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    /** Idle browsers by language; three of each are kept (classes run three at a time), any more are ended. */
    private static final Map<String, Deque<ChromeDriver>> IDLE = new ConcurrentHashMap<>();
    private static final int KEPT_PER_LANGUAGE = 3;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.values().forEach(idle -> idle.forEach(Browser::quit))));
    }

    public final ChromeDriver driver;
    public final WebDriverWait wait;
    private final String language;

    private Browser(ChromeDriver driver, String language) {
        this.driver = driver;
        this.language = language;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** {@code width} 390 looks like a phone, 1280 like a desktop. */
    public static Browser open(int width, int height, String language) throws Exception {
        ChromeDriver driver = IDLE.computeIfAbsent(language, l -> new ConcurrentLinkedDeque<>()).poll();
        if (driver == null) {
            driver = launch(width, height, language);
        }
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver, language);
    }

    private static ChromeDriver launch(int width, int height, String language) throws Exception {
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
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
    }

    public void screenshot(String name) throws Exception {
        Path dir = Path.of(TestStack.require("screenshots.dir"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * The last screen and its source, whatever happened: the first thing to look at when a test fails. Then the
     * browser is emptied and kept for the next test, or ended if it cannot be emptied.
     */
    @Override
    public void close() throws Exception {
        try {
            screenshot("last-screen");
            Files.writeString(Path.of(TestStack.require("screenshots.dir")).resolve("last-screen.html"),
                    driver.getCurrentUrl() + "\n" + driver.getPageSource());
        } finally {
            keepOrQuit(driver);
        }
    }

    private void keepOrQuit(ChromeDriver used) {
        Deque<ChromeDriver> idle = IDLE.get(language);
        try {
            empty(used);
        } catch (RuntimeException cannotEmpty) {
            quit(used);
            return;
        }
        if (idle.size() < KEPT_PER_LANGUAGE) {
            idle.push(used);
        } else {
            quit(used);
        }
    }

    /**
     * As a new browser would be: one fresh tab (no history, no session storage), no cookies of any site, nothing
     * stored for the stack's sites (Paygrid with its console and dashboard, Keycloak). The HTTP cache is kept: it
     * holds the sites' static files (PrimeFaces' scripts and styles, Keycloak's theme), which a returning visitor's
     * browser has too, and loading and compiling them again for every test was a large share of the browsers' CPU.
     * No page is cached: the views carry no validator, and the payment window and downloads say no-store.
     */
    private static void empty(ChromeDriver used) {
        String old = used.getWindowHandle();
        for (String handle : used.getWindowHandles()) {
            if (!handle.equals(old)) {
                used.switchTo().window(handle).close();
            }
        }
        used.switchTo().window(old);
        String fresh = used.switchTo().newWindow(WindowType.TAB).getWindowHandle();
        used.switchTo().window(old).close();
        used.switchTo().window(fresh);
        used.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        for (String site : List.of(TestStack.paygridUrl(), TestStack.keycloakUrl())) {
            URI uri = URI.create(site);
            used.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin",
                    uri.getScheme() + "://" + uri.getAuthority(), "storageTypes", "all"));
        }
    }

    private static void quit(WebDriver driver) {
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // nothing left to end
        }
    }
}
