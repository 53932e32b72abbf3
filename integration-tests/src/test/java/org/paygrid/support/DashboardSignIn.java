package org.paygrid.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
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
        signUp(screens, dashboardUrl(), email, password);
        return email;
    }

    /** Registers {@code email} from the sign-in page that opening {@code page} leads to; ends on that page. */
    public static void signUp(Browser screens, String page, String email, String password) {
        screens.driver.get(page);
        screens.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#kc-registration a"))).click();
        screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-confirm")));
        screens.driver.findElement(By.id("email")).sendKeys(email);
        screens.driver.findElement(By.id("firstName")).sendKeys("Jiwoo");
        screens.driver.findElement(By.id("lastName")).sendKeys("Lee");
        screens.driver.findElement(By.id("password")).sendKeys(password);
        screens.driver.findElement(By.id("password-confirm")).sendKeys(password);
        screens.driver.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();
        screens.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-person")));
    }

    /**
     * A person whose address the merchant realm has verified (as production's realm does by mail), made through
     * Keycloak's admin API: an invitation to the address becomes theirs when they sign in.
     */
    public static String verifiedPerson(String password) {
        String email = "member-" + Long.toString(System.nanoTime(), 36) + "@shop.example";
        String admin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(TestStack.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", email, "email", email, "emailVerified", true, "enabled", true,
                        "firstName", "Team", "lastName", "Member", "requiredActions", List.of(),
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post(TestStack.keycloakUrl() + "/admin/realms/paygrid-merchants/users").then().statusCode(201);
        return email;
    }

    /** A verified person the staff invited to the merchant with the role: a member from their first sign-in. */
    public static String memberOf(TestMerchant shop, String role, String password) {
        String email = verifiedPerson(password);
        TestMerchant.staff().contentType(io.restassured.http.ContentType.JSON)
                .body("{\"email\": \"" + email + "\", \"role\": \"" + role + "\"}")
                .post("/v1/admin/merchants/" + shop.id() + "/members").then().statusCode(200);
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
