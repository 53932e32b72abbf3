package org.paygrid.support;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.paygrid.testkit.Stack;

/**
 * Where the test stack runs (set by the build) and how to get in: tokens, database, fresh test data. What the
 * benchmarks need too comes from the test kit ({@link Stack}).
 */
public final class TestStack {

    static {
        // a failed expectation prints the whole exchange: the problem's message says what went wrong
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private TestStack() {
    }

    public static String require(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests through ./mvnw verify");
        }
        return value;
    }

    public static String paygridUrl() {
        return Stack.paygridUrl();
    }

    /** The card network simulator (Payara Micro), reached directly to read its books. */
    public static String simulatorUrl() {
        return require("simulator.url");
    }

    public static String keycloakUrl() {
        return Stack.keycloakUrl();
    }

    /**
     * Waits until Keycloak's two realms answer. The test stack's Keycloak goes on booting while the suite deploys the
     * EAR ({@code ./paygrid up --no-wait-keycloak}: its first start, a Quarkus build and then the realms' import, is
     * the longest of the stack's); the suite's deployment waits for it, and so does a class that uses Keycloak
     * without the deployment.
     */
    public static void awaitKeycloak() {
        org.awaitility.Awaitility.await("Keycloak's realms paygrid and paygrid-merchants (its log: .paygrid/test/keycloak.log)")
                .atMost(java.time.Duration.ofMinutes(3)).pollInterval(java.time.Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> java.util.stream.Stream.of("paygrid", "paygrid-merchants").allMatch(realm -> given()
                        .baseUri(keycloakUrl()).get("/realms/" + realm + "/.well-known/openid-configuration")
                        .statusCode() == 200));
    }

    public static String tokenEndpoint() {
        return Stack.tokenEndpoint();
    }

    /** An access token of the automation client (roles admin and finance), by client credentials. */
    public static String opsToken() {
        return Stack.opsToken();
    }

    /** An access token of a development user (admin, finance, support, risk), by the CLI's password grant. */
    public static String userToken(String username) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "paygrid-cli")
                .formParam("username", username)
                .formParam("password", username)
                .post(tokenEndpoint())
                .then().statusCode(200).extract().path("access_token");
    }

    /** The database as its schema owner: every right, for checks and for faults the tests inject. */
    public static Connection database() throws SQLException {
        return Stack.database();
    }

    /**
     * The database server as its administrator (the one ./paygrid prepares the databases with: PAYGRID_DB_ADMIN_USER,
     * root by default), to take the database away from the application.
     */
    public static Connection databaseAdmin() throws SQLException {
        return DriverManager.getConnection(require("paygrid.db.url"),
                System.getenv().getOrDefault("PAYGRID_DB_ADMIN_USER", "root"),
                System.getenv().getOrDefault("PAYGRID_DB_ADMIN_PASSWORD", ""));
    }

    /** The network simulator's books (its own database beside the platform's), to check what the network did. */
    public static Connection simulatorDatabase() throws SQLException {
        return DriverManager.getConnection(require("paygrid.db.url") + "_sim", require("paygrid.db.user"),
                require("paygrid.db.password"));
    }

    /** The database as the server's application pool sees it: rows only. */
    public static Connection applicationDatabase() throws SQLException {
        return DriverManager.getConnection(require("paygrid.db.url"), require("paygrid.db.app-user"),
                require("paygrid.db.app-password"));
    }

    /**
     * As if the request that used this Idempotency-Key had died before its answer was stored: the stored claim is
     * gone, so a retry with the key runs again (and must find what the first request did).
     */
    public static void forgetIdempotencyKey(String key) throws SQLException {
        try (Connection db = database(); java.sql.PreparedStatement sql = db.prepareStatement(
                "delete from idm_idempotency_key where idem_key = ?")) {
            sql.setString(1, key);
            if (sql.executeUpdate() != 1) {
                throw new IllegalStateException("no stored Idempotency-Key " + key);
            }
        }
    }

    /** A valid business registration number nobody has used yet (nine random digits and the check digit). */
    public static String newBusinessNumber() {
        return org.paygrid.merchant.entity.BusinessNumber.random(ThreadLocalRandom.current()).formatted();
    }

    /** The warm-up merchant's payments in the database when the suite's deployment first said ready. */
    public static long warmupPaymentsAtReady() {
        return SuiteDeployment.warmupPaymentsAtReady;
    }
}
