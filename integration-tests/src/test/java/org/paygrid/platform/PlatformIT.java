package org.paygrid.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paygrid.support.PaygridDeployment;
import org.paygrid.support.TestStack;

/** The deployed EAR on Payara Server: schema by Flyway, health with the database, OpenAPI, Swagger UI, metrics. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PaygridDeployment.ear();
    }

    @Test
    void migratesTheSchemaWithFlywayAtStartUp() throws Exception {
        try (Connection db = TestStack.database(); Statement sql = db.createStatement();
             ResultSet history = sql.executeQuery(
                     "select version, success from flyway_schema_history where version is not null order by installed_rank")) {
            assertThat(history.next()).isTrue();
            assertThat(history.getString("version")).isEqualTo("001");
            assertThat(history.getBoolean("success")).isTrue();
        }
        try (Connection db = TestStack.database(); Statement sql = db.createStatement();
             ResultSet engine = sql.executeQuery("select engine, table_collation from information_schema.tables "
                     + "where table_schema = database() and table_name = 'mer_merchant'")) {
            assertThat(engine.next()).isTrue();
            assertThat(engine.getString(1)).isEqualTo("InnoDB");
            assertThat(engine.getString(2)).startsWith("utf8mb4");
        }
    }

    @Test
    void isReadyOnlyWithItsDatabase() {
        given().baseUri(TestStack.paygridUrl()).get("/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"));
        given().baseUri(TestStack.paygridUrl()).get("/health/live").then().statusCode(200);
    }

    @Test
    void publishesTheApiInOpenApiWithExamplesAndAMerchantReferencePage() {
        given().baseUri(TestStack.paygridUrl()).accept("application/json").get("/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Paygrid API"))
                .body("paths.'/v1/admin/merchants'.post.requestBody.content.'application/json'.examples", notNullValue())
                .body("paths.'/v1/admin/merchants/{id}'.get.responses.'404'", notNullValue())
                .body("components.securitySchemes.keycloak.scheme", equalTo("bearer"));
        given().baseUri(TestStack.paygridUrl()).get("/docs/")
                .then().statusCode(200).body(containsString("swagger-ui-bundle.js"));
        String bundle = given().baseUri(TestStack.paygridUrl()).get("/docs/").then().extract().asString()
                .replaceAll("(?s).*src=\"\\.\\./(webjars/[^\"]*swagger-ui-bundle\\.js)\".*", "$1");
        given().baseUri(TestStack.paygridUrl()).get("/" + bundle).then().statusCode(200);
    }

    @Test
    void exportsMetrics() {
        given().baseUri(TestStack.paygridUrl()).get("/metrics").then().statusCode(200);
    }

    @Test
    void answersUnknownApiPathsWithAProblem() {
        given().baseUri(TestStack.paygridUrl()).get("/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
    }
}
