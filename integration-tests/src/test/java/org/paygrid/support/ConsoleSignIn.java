package org.paygrid.support;

import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signs a development user (password = user name) in to the staff console through Keycloak's login page. */
public final class ConsoleSignIn {

    private ConsoleSignIn() {
    }

    /** Ends on the user's landing screen (the first the role may use), with the console's header shown. */
    public static void as(Browser screens, String username) {
        screens.driver.get(TestStack.paygridUrl() + "/admin/");
        screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        screens.driver.findElement(By.id("username")).sendKeys(username);
        screens.driver.findElement(By.id("password")).sendKeys(username);
        screens.driver.findElement(By.id("kc-login")).click();
        screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
    }

    /** The browser's cookies for the console, to send a hand-made request in the same (signed-in) session. */
    public static Map<String, String> cookies(Browser screens) {
        return screens.driver.manage().getCookies().stream()
                .collect(Collectors.toMap(Cookie::getName, Cookie::getValue, (first, second) -> first));
    }
}
