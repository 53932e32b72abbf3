package org.paygrid.merchant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;

/** Black-box test of the merchant admin endpoints of the contract, with real Keycloak tokens. */
@PaygridIT
class MerchantAdminApiIT {

    private static final String PROBLEM_JSON = "application/problem+json";


    private static RequestSpecification api(String token) {
        RequestSpecification spec = given().baseUri(TestStack.paygridUrl()).contentType(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    private static String application(String name, String businessNumber) {
        return """
                {"name": "%s", "businessNumber": "%s", "representative": "Kim Minji",
                 "email": "owner@example.kr", "websiteUrl": "https://shop.example.kr", "unknownMember": 1}"""
                .formatted(name, businessNumber);
    }

    @Test
    void createsAnAppliedMerchantWithTestKeysShownOnce() throws Exception {
        String businessNumber = TestStack.newBusinessNumber();
        JsonPath created = api(TestStack.opsToken()).body(application("Hanbit Books", businessNumber))
                .post("/v1/admin/merchants")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/v1/admin/merchants/mer_[A-Za-z0-9]{20}"))
                .body("status", equalTo("APPLIED"))
                .body("businessNumber", equalTo(businessNumber))
                .body("keys.test.clientKey", matchesPattern("ck_test_[A-Za-z0-9]{24,}"))
                .body("keys.test.secretKey", matchesPattern("sk_test_[A-Za-z0-9]{24,}"))
                .body("keys.live", nullValue())
                .body("createdAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+09:00"))
                .extract().jsonPath();
        String id = created.getString("id");
        String secretKey = created.getString("keys.test.secretKey");

        api(TestStack.userToken("support")).get("/v1/admin/merchants/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Hanbit Books"))
                .body("keys.test.clientKey", equalTo(created.getString("keys.test.clientKey")))
                .body("keys.test.secretKey", equalTo("sk_test_…" + secretKey.substring(secretKey.length() - 4)));

        try (Connection db = TestStack.database();
             PreparedStatement keys = db.prepareStatement(
                     "select kind, mode, key_hash, display from mer_api_key where merchant_id = ?")) {
            keys.setString(1, id);
            List<String> hashes = new ArrayList<>();
            try (ResultSet rows = keys.executeQuery()) {
                while (rows.next()) {
                    assertThat(rows.getString("mode")).isEqualTo("TEST");
                    assertThat(rows.getString("display")).doesNotContain(secretKey);
                    hashes.add(rows.getString("key_hash"));
                }
            }
            assertThat(hashes).hasSize(2).contains(sha256(secretKey));
        }
    }

    @Test
    void auditsTheApplicationWithTheAuthenticatedActor() throws Exception {
        String id = api(TestStack.opsToken()).body(application("Audited Shop", TestStack.newBusinessNumber()))
                .post("/v1/admin/merchants").then().statusCode(201).extract().path("id");
        try (Connection db = TestStack.database();
             PreparedStatement audit = db.prepareStatement(
                     "select actor, action, after_state from aud_audit_entry where target_type = 'MERCHANT' and target_id = ?")) {
            audit.setString(1, id);
            try (ResultSet row = audit.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("actor")).isEqualTo("service-account-paygrid-ops");
                assertThat(row.getString("action")).isEqualTo("MERCHANT_APPLIED");
                assertThat(row.getString("after_state")).contains("status=APPLIED");
                assertThat(row.next()).isFalse();
            }
        }
    }

    @Test
    void refusesCallsWithoutAValidToken() {
        api(null).get("/v1/admin/merchants/mer_nobody").then().statusCode(401)
                .contentType(PROBLEM_JSON).body("code", equalTo("UNAUTHORIZED"));
        api("not-a-jwt").get("/v1/admin/merchants/mer_nobody").then().statusCode(401)
                .contentType(PROBLEM_JSON).body("code", equalTo("UNAUTHORIZED"));
        String tampered = TestStack.opsToken();
        tampered = tampered.substring(0, tampered.length() - 4) + "AAAA";
        api(tampered).body(application("Forged", TestStack.newBusinessNumber())).post("/v1/admin/merchants")
                .then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void acceptsOnlyAccessTokensIssuedForThisApiToAnAllowedClient() {
        // an ID token of a staff member: signed by the realm, but not for calling APIs
        String idToken = given().formParam("grant_type", "password").formParam("client_id", "paygrid-cli")
                .formParam("username", "admin").formParam("password", "admin").formParam("scope", "openid")
                .post(TestStack.tokenEndpoint()).then().statusCode(200).extract().path("id_token");
        api(idToken).get("/v1/admin/merchants/mer_nobody").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        // an access token of the same admin through Keycloak's own admin-cli: not this API's audience or client
        String otherClient = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(TestStack.tokenEndpoint()).then().statusCode(200).extract().path("access_token");
        api(otherClient).get("/v1/admin/merchants/mer_nobody").then().statusCode(401)
                .body("code", equalTo("UNAUTHORIZED"));
        // the real thing still works
        api(TestStack.userToken("admin")).get("/v1/admin/merchants/mer_nobody").then().statusCode(404);
    }

    @Test
    void aReplayedApplicationAnswersTheMerchantWithItsSecretKeyMasked() throws Exception {
        String key = java.util.UUID.randomUUID().toString();
        String body = application("Replayed Shop", TestStack.newBusinessNumber());
        JsonPath first = api(TestStack.opsToken()).header("Idempotency-Key", key).body(body)
                .post("/v1/admin/merchants").then().statusCode(201).extract().jsonPath();
        String secretKey = first.getString("keys.test.secretKey");
        api(TestStack.opsToken()).header("Idempotency-Key", key).body(body).post("/v1/admin/merchants")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.getString("id")))
                .body("keys.test.clientKey", equalTo(first.getString("keys.test.clientKey")))
                .body("keys.test.secretKey", equalTo("sk_test_…" + secretKey.substring(secretKey.length() - 4)));
        try (Connection db = TestStack.database(); PreparedStatement stored = db.prepareStatement(
                "select response_body from idm_idempotency_key where idem_key = ?")) {
            stored.setString(1, key);
            try (ResultSet row = stored.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(new String(row.getBytes(1), java.nio.charset.StandardCharsets.UTF_8))
                        .contains(first.getString("id")).doesNotContain(secretKey);
            }
        }
    }

    @Test
    void refusesCreationToStaffWithoutTheAdminRole() {
        api(TestStack.userToken("support")).body(application("Not Allowed", TestStack.newBusinessNumber()))
                .post("/v1/admin/merchants")
                .then().statusCode(403).contentType(PROBLEM_JSON).body("code", equalTo("FORBIDDEN"));
        api(TestStack.userToken("finance")).get("/v1/admin/merchants/mer_nobody")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void answersInvalidRequestsWithProblemsNamingTheField() {
        String token = TestStack.opsToken();
        api(token).body("{\"businessNumber\": \"" + TestStack.newBusinessNumber() + "\", \"representative\": \"Kim\","
                        + " \"email\": \"a@b.kr\"}")
                .post("/v1/admin/merchants")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("code", equalTo("INVALID_REQUEST")).body("message", containsString("name"));
        api(token).body(application("Bad Email", TestStack.newBusinessNumber()).replace("owner@example.kr", "nope"))
                .post("/v1/admin/merchants")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST")).body("message", containsString("email"));
        api(token).body("{\"name\": ").post("/v1/admin/merchants")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("code", equalTo("INVALID_REQUEST"));
        api(token).body(application("Bad Number", "123-45-67890")).post("/v1/admin/merchants")
                .then().statusCode(400).body("code", equalTo("INVALID_BUSINESS_NUMBER"));
    }

    @Test
    void refusesBodiesOverSixtyFourKibibytes() {
        String padded = application("Big", TestStack.newBusinessNumber())
                .replace("\"unknownMember\": 1", "\"padding\": \"" + "x".repeat(65 * 1024) + "\"");
        api(TestStack.opsToken()).body(padded).post("/v1/admin/merchants")
                .then().statusCode(413).contentType(PROBLEM_JSON).body("code", equalTo("PAYLOAD_TOO_LARGE"));
        String justUnder = application("Big But Fine", TestStack.newBusinessNumber())
                .replace("\"unknownMember\": 1", "\"padding\": \"" + "x".repeat(60 * 1024) + "\"");
        api(TestStack.opsToken()).body(justUnder).post("/v1/admin/merchants").then().statusCode(201);
    }

    @Test
    void refusesAChunkedBodyOverSixtyFourKibibytesEvenWithAnIdempotencyKey() throws Exception {
        String padded = application("Chunked", TestStack.newBusinessNumber())
                .replace("\"unknownMember\": 1", "\"padding\": \"" + "x".repeat(1024 * 1024) + "\"");
        // no Content-Length: the body arrives chunked, and the idempotency filter reads bodies to fingerprint them
        java.net.http.HttpResponse<String> answer = org.paygrid.testkit.Http.client().build().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestStack.paygridUrl() + "/v1/admin/merchants"))
                        .header("Authorization", "Bearer " + TestStack.opsToken())
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                                padded.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith(PROBLEM_JSON));
        assertThat(answer.body()).contains("PAYLOAD_TOO_LARGE");
    }

    @Test
    void refusesASecondMerchantWithTheSameBusinessNumber() {
        String token = TestStack.opsToken();
        String businessNumber = TestStack.newBusinessNumber();
        api(token).body(application("First", businessNumber)).post("/v1/admin/merchants").then().statusCode(201);
        api(token).body(application("Second", businessNumber)).post("/v1/admin/merchants")
                .then().statusCode(409).contentType(PROBLEM_JSON).body("code", equalTo("DUPLICATED_BUSINESS_NUMBER"));
    }

    @Test
    void answersUnknownMerchantsWithNotFound() {
        api(TestStack.opsToken()).get("/v1/admin/merchants/mer_doesnotexist")
                .then().statusCode(404).contentType(PROBLEM_JSON).body("code", equalTo("NOT_FOUND_MERCHANT"));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
