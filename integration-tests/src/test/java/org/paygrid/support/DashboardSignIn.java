package org.paygrid.support;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** People of the merchant realm at the dashboard: signing up through Keycloak's registration, signing in. */
public final class DashboardSignIn {

    public static final String DEMO_OWNER = "owner@demo.paygrid.dev";

    private DashboardSignIn() {
    }

    public static String dashboardUrl() {
        return TestStack.paygridUrl() + "/dashboard/";
    }

    public static String merchantRealmUrl() {
        return TestStack.keycloakUrl() + "/realms/paygrid-merchants/";
    }

    /** A new person registers at the merchant realm's page; ends on the dashboard, signed in. */
    public static String signUp(Browser screens, String password) {
        String email = "person-" + Long.toString(System.nanoTime(), 36) + "@shop.example";
        screens.driver.get(dashboardUrl());
        screens.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#kc-registration a"))).click();
        screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-confirm")));
        screens.driver.findElement(By.id("email")).sendKeys(email);
        screens.driver.findElement(By.id("firstName")).sendKeys("Jiwoo");
        screens.driver.findElement(By.id("lastName")).sendKeys("Lee");
        screens.driver.findElement(By.id("password")).sendKeys(password);
        screens.driver.findElement(By.id("password-confirm")).sendKeys(password);
        screens.driver.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();
        screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-person")));
        return email;
    }

    /** Signs a person of the merchant realm in; ends on the dashboard with its header shown. */
    public static void as(Browser screens, String email, String password) {
        screens.driver.get(dashboardUrl());
        screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        screens.driver.findElement(By.id("username")).sendKeys(email);
        screens.driver.findElement(By.id("password")).sendKeys(password);
        screens.driver.findElement(By.id("kc-login")).click();
        screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-person")));
    }
}
