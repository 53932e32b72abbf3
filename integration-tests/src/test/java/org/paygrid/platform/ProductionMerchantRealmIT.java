package org.paygrid.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestStack;

/**
 * The production merchant realm ({@code docker/keycloak/paygrid-merchants-realm.json}) imported into a real Keycloak
 * with its placeholders filled as from the environment, under another name: it imports, people may register with
 * their e-mail address and must verify it, and the dashboard's client refuses a sign-in without PKCE. Only
 * {@code sslRequired} is eased for the import (the test Keycloak speaks plain HTTP on loopback).
 */
class ProductionMerchantRealmIT {

    private static final String REALM = "paygrid-merchants-production-check";
    private static final String CALLBACK = "https://paygrid.example/dashboard/callback";

    private static String admin;

    @BeforeAll
    static void importProductionRealm() throws Exception {
        TestStack.awaitKeycloak();
        admin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(TestStack.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(admin).delete(adminUrl());
        String realm = Files.readString(Path.of(TestStack.require("paygrid.home"),
                        "docker/keycloak/paygrid-merchants-realm.json"))
                .replace("\"realm\": \"paygrid-merchants\"", "\"realm\": \"" + REALM + "\"")
                .replace("\"sslRequired\": \"all\"", "\"sslRequired\": \"external\"")
                .replace("${PAYGRID_HOST}", "paygrid.example")
                .replace("${PAYGRID_DASHBOARD_OIDC_CLIENT_SECRET}", "dashboard-secret-from-the-environment")
                .replace("${PAYGRID_SMTP_HOST}", "smtp.paygrid.example")
                .replace("${PAYGRID_SMTP_PORT}", "587")
                .replace("${PAYGRID_SMTP_FROM}", "no-reply@paygrid.example")
                .replace("${PAYGRID_SMTP_USER}", "paygrid")
                .replace("${PAYGRID_SMTP_PASSWORD}", "smtp-password-from-the-environment");
        Response imported = given().auth().oauth2(admin).contentType("application/json").body(realm)
                .post(TestStack.keycloakUrl() + "/admin/realms");
        assertThat(imported.statusCode()).as(imported.asString()).isEqualTo(201);
    }

    @AfterAll
    static void dropIt() {
        given().auth().oauth2(admin).delete(adminUrl());
    }

    @Test
    void peopleRegisterWithTheirAddressAndMustVerifyIt() {
        Map<String, Object> realm = given().auth().oauth2(admin).get(adminUrl()).then().statusCode(200)
                .extract().path("$");
        assertThat(realm).containsEntry("registrationAllowed", true).containsEntry("registrationEmailAsUsername", true)
                .containsEntry("verifyEmail", true).containsEntry("bruteForceProtected", true)
                .containsEntry("resetPasswordAllowed", true);
        assertThat(given().auth().oauth2(admin).get(adminUrl() + "/users").then().extract().jsonPath().getList("$"))
                .isEmpty();

        String loginPage = signInRequest().queryParam("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
                .queryParam("code_challenge_method", "S256").get(realmUrl() + "/protocol/openid-connect/auth")
                .then().statusCode(200).extract().asString();
        assertThat(loginPage).contains("kc-registration");
    }

    @Test
    void theDashboardsClientRefusesASignInWithoutPkce() {
        Response withoutPkce = signInRequest().redirects().follow(false)
                .get(realmUrl() + "/protocol/openid-connect/auth");
        assertThat(withoutPkce.statusCode()).isEqualTo(302);
        assertThat(withoutPkce.header("Location")).startsWith(CALLBACK).contains("error=invalid_request");
    }

    private static io.restassured.specification.RequestSpecification signInRequest() {
        return given().queryParam("client_id", "paygrid-dashboard").queryParam("response_type", "code")
                .queryParam("scope", "openid").queryParam("redirect_uri", CALLBACK).queryParam("state", "s-1");
    }

    private static String realmUrl() {
        return TestStack.keycloakUrl() + "/realms/" + REALM;
    }

    private static String adminUrl() {
        return TestStack.keycloakUrl() + "/admin/realms/" + REALM;
    }
}
