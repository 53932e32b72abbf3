package org.paygrid.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestStack;

/**
 * The production realm ({@code docker/keycloak/paygrid-realm.json}) imported into a real Keycloak as production
 * would import it (placeholders filled as from the environment), under another name beside the development realm:
 * no user can log in without a one-time code, no client grants passwords, weak passwords are refused, guessing
 * locks the account, and a session idles out after 15 minutes. Only {@code sslRequired} is eased to "external" for
 * the import, because the test Keycloak speaks plain HTTP on loopback.
 */
class ProductionRealmIT {

    private static final String REALM = "paygrid-production-check";
    private static final String STRONG_PASSWORD = "Kx9!vRt2#mQz8wLp";
    /** The console's client requires PKCE: every sign-in request here carries a challenge. */
    private static final String PKCE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private static String admin;

    @BeforeAll
    static void importProductionRealm() throws Exception {
        TestStack.awaitKeycloak();
        admin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(TestStack.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(admin).delete(adminUrl());
        String realm = Files.readString(Path.of(TestStack.require("paygrid.home"), "docker/keycloak/paygrid-realm.json"))
                .replace("\"realm\": \"paygrid\"", "\"realm\": \"" + REALM + "\"")
                .replace("\"sslRequired\": \"all\"", "\"sslRequired\": \"external\"")
                .replace("${PAYGRID_HOST}", "paygrid.example")
                .replace("${PAYGRID_CONSOLE_OIDC_CLIENT_SECRET}", "console-secret-from-the-environment")
                .replace("${PAYGRID_OPS_CLIENT_SECRET}", "ops-secret-from-the-environment");
        given().auth().oauth2(admin).contentType("application/json").body(realm)
                .post(TestStack.keycloakUrl() + "/admin/realms").then().statusCode(201);
    }

    @AfterAll
    static void dropIt() {
        given().auth().oauth2(admin).delete(adminUrl());
    }

    @Test
    void hasNoUserToLogInWith() {
        List<Map<String, Object>> users = given().auth().oauth2(admin).get(adminUrl() + "/users?briefRepresentation=true")
                .then().statusCode(200).extract().path("$");
        // none but those the other tests here create
        assertThat(users).extracting(user -> user.get("username"))
                .isSubsetOf("pw-grant", "otp-staff", "weak-staff", "guessed-staff");
    }

    @Test
    void grantsNoPasswordToAnyClient() {
        createStaff("pw-grant", STRONG_PASSWORD);
        for (String client : List.of("paygrid-console", "paygrid-ops", "paygrid-cli", "admin-cli", "account")) {
            Response answer = given().formParam("grant_type", "password").formParam("client_id", client)
                    .formParam("username", "pw-grant").formParam("password", STRONG_PASSWORD)
                    .post(realmUrl() + "/protocol/openid-connect/token");
            assertThat(answer.statusCode()).as(client).isIn(400, 401);
            assertThat(answer.jsonPath().getString("access_token")).as(client).isNull();
        }
    }

    @Test
    void asksEveryStaffLoginForAOneTimeCodeAfterThePassword() {
        createStaff("otp-staff", STRONG_PASSWORD);
        Response loginPage = given().redirects().follow(false)
                .queryParam("client_id", "paygrid-console").queryParam("response_type", "code")
                .queryParam("scope", "openid").queryParam("redirect_uri", "https://paygrid.example/admin/")
                .queryParam("code_challenge", PKCE_CHALLENGE).queryParam("code_challenge_method", "S256")
                .get(realmUrl() + "/protocol/openid-connect/auth");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        Response afterPassword = given().redirects().follow(false).cookies(loginPage.cookies())
                .formParam("username", "otp-staff").formParam("password", STRONG_PASSWORD)
                .post(formAction(loginPage.asString()));
        // no code for the console: Keycloak goes on to the authenticator set-up instead of back to the console
        String location = afterPassword.header("Location");
        if (afterPassword.statusCode() == 302) {
            assertThat(location).startsWith(realmUrl()).doesNotContain("code=");
            afterPassword = given().redirects().follow(false).cookies(loginPage.cookies()).get(location);
        }
        assertThat(afterPassword.statusCode()).isEqualTo(200);
        assertThat(afterPassword.asString()).containsIgnoringCase("totp");
    }

    @Test
    void theConsolesSignInNeedsAPkceChallenge() {
        Response withoutChallenge = given().redirects().follow(false)
                .queryParam("client_id", "paygrid-console").queryParam("response_type", "code")
                .queryParam("scope", "openid").queryParam("redirect_uri", "https://paygrid.example/admin/")
                .get(realmUrl() + "/protocol/openid-connect/auth");
        // refused back to the console with an error, never a login page that could end in a code
        assertThat(withoutChallenge.statusCode()).isEqualTo(302);
        assertThat(withoutChallenge.header("Location")).startsWith("https://paygrid.example/admin/")
                .contains("error=invalid_request").contains("code_challenge_method").doesNotContain("code=");
        Response plain = given().redirects().follow(false)
                .queryParam("client_id", "paygrid-console").queryParam("response_type", "code")
                .queryParam("scope", "openid").queryParam("redirect_uri", "https://paygrid.example/admin/")
                .queryParam("code_challenge", "a-plain-verifier-sent-as-is-0123456789abcdef")
                .queryParam("code_challenge_method", "plain")
                .get(realmUrl() + "/protocol/openid-connect/auth");
        assertThat(plain.statusCode()).isEqualTo(302);
        assertThat(plain.header("Location")).contains("error=invalid_request");
    }

    @Test
    void refusesWeakPasswords() {
        String id = createStaff("weak-staff", null);
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("type", "password", "value", "password1", "temporary", false))
                .put(adminUrl() + "/users/" + id + "/reset-password").then().statusCode(400);
    }

    @Test
    void locksAnAccountAfterRepeatedWrongPasswordsAndIdlesSessionsOutAfterFifteenMinutes() {
        Map<String, Object> realm = given().auth().oauth2(admin).get(adminUrl()).then().statusCode(200)
                .extract().path("$");
        assertThat(realm).containsEntry("bruteForceProtected", true).containsEntry("failureFactor", 5)
                .containsEntry("ssoSessionIdleTimeout", 900).containsEntry("registrationAllowed", false);
        String id = createStaff("guessed-staff", STRONG_PASSWORD);
        for (int attempt = 0; attempt < 6; attempt++) {
            Response loginPage = given().queryParam("client_id", "paygrid-console").queryParam("response_type", "code")
                    .queryParam("scope", "openid").queryParam("redirect_uri", "https://paygrid.example/admin/")
                    .queryParam("code_challenge", PKCE_CHALLENGE).queryParam("code_challenge_method", "S256")
                    .get(realmUrl() + "/protocol/openid-connect/auth");
            given().redirects().follow(false).cookies(loginPage.cookies())
                    .formParam("username", "guessed-staff").formParam("password", "wrong-" + attempt)
                    .post(formAction(loginPage.asString()));
        }
        given().auth().oauth2(admin).get(adminUrl() + "/attack-detection/brute-force/users/" + id)
                .then().statusCode(200).body("disabled", equalTo(true));
    }

    private static String createStaff(String username, String password) {
        Map<String, Object> user = password == null
                ? Map.of("username", username, "enabled", true, "email", username + "@paygrid.example",
                        "firstName", "Staff", "lastName", "Member", "emailVerified", true)
                : Map.of("username", username, "enabled", true, "email", username + "@paygrid.example",
                        "firstName", "Staff", "lastName", "Member", "emailVerified", true,
                        "requiredActions", List.of(),
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        Response created = given().auth().oauth2(admin).contentType("application/json").body(user)
                .post(adminUrl() + "/users");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String location = created.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String formAction(String page) {
        String action = page.replaceAll("(?s).*<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]*)\".*", "$1");
        return action.replace("&amp;", "&");
    }

    private static String realmUrl() {
        return TestStack.keycloakUrl() + "/realms/" + REALM;
    }

    private static String adminUrl() {
        return TestStack.keycloakUrl() + "/admin/realms/" + REALM;
    }
}
