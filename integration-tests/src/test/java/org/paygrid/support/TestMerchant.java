package org.paygrid.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** A merchant created through the staff API for one test class, with its test keys. */
public record TestMerchant(String id, String clientKey, String secretKey) {

    public static TestMerchant create(String name) {
        JsonPath created = given().baseUri(TestStack.paygridUrl()).contentType(ContentType.JSON)
                .auth().oauth2(TestStack.opsToken())
                .body("""
                        {"name": "%s", "businessNumber": "%s", "representative": "Park Seoyeon", "email": "ops@example.kr",
                         "websiteUrl": "https://shop.example.kr"}"""
                        .formatted(name, TestStack.newBusinessNumber()))
                .post("/v1/admin/merchants")
                .then().statusCode(201).extract().jsonPath();
        return new TestMerchant(created.getString("id"), created.getString("keys.test.clientKey"),
                created.getString("keys.test.secretKey"));
    }

    /** Requests authenticated the way the contract shows first: Basic base64(secretKey + ":"). */
    public RequestSpecification api() {
        return withKey(secretKey);
    }

    /** Requests authenticated with any key (live, rolled, revoked...). */
    public static RequestSpecification withKey(String key) {
        return given().baseUri(TestStack.paygridUrl()).contentType(ContentType.JSON)
                .auth().preemptive().basic(key, "");
    }

    /** Staff calls with the automation client's token (roles admin and finance). */
    public static RequestSpecification staff() {
        return staff(TestStack.opsToken());
    }

    public static RequestSpecification staff(String token) {
        return given().baseUri(TestStack.paygridUrl()).contentType(ContentType.JSON).auth().oauth2(token);
    }
}
