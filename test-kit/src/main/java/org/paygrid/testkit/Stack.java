package org.paygrid.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A running Paygrid stack as tests and benchmarks reach it. Each setting is a system property (how the build hands
 * them to the integration tests) or else an environment variable (what {@code eval "$(./paygrid env)"} exports for
 * the benchmarks).
 */
public final class Stack {

    private static final HttpClient HTTP = Http.client().build();

    private Stack() {
    }

    /** The setting, or an error that says where it should have come from. */
    public static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("neither system property " + property + " nor environment variable "
                    + variable + " is set: run the tests through ./mvnw verify, a benchmark after "
                    + "eval \"$(./paygrid env)\"");
        }
        return value;
    }

    /** A setting only the environment gives (what {@code ./paygrid env} exports: ports, paths, the demo key). */
    public static String variable(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: eval \"$(./paygrid env)\" first");
        }
        return value;
    }

    /** The API's base URL (one server, or the first of a cluster's list). */
    public static String paygridUrl() {
        return setting("paygrid.url", "PAYGRID_URL").split(",")[0];
    }

    public static String keycloakUrl() {
        return setting("keycloak.url", "KEYCLOAK_URL");
    }

    /** The staff realm's token endpoint. */
    public static String tokenEndpoint() {
        return keycloakUrl() + "/realms/paygrid/protocol/openid-connect/token";
    }

    /** The automation client's last token and when it stops being handed out (a minute before it expires). */
    private static String opsToken;
    private static long opsTokenUntil;

    /**
     * An access token of the automation client {@code paygrid-ops} (roles admin and finance), by client credentials.
     * One token serves until a minute before it expires: the tests and benchmarks call staff endpoints thousands of
     * times (polling a run, making merchants), and a token per call was a large share of Keycloak's work in the suite.
     */
    public static synchronized String opsToken() {
        if (opsToken == null || System.nanoTime() - opsTokenUntil >= 0) {
            long asked = System.nanoTime();
            String answer = newOpsToken();
            opsToken = Json.field(answer, "access_token");
            long lifetime = Long.parseLong(Json.field(answer, "expires_in"));
            opsTokenUntil = asked + java.util.concurrent.TimeUnit.SECONDS.toNanos(Math.max(0, lifetime - 60));
        }
        return opsToken;
    }

    private static String newOpsToken() {
        String form = "grant_type=client_credentials&client_id=paygrid-ops&client_secret="
                + URLEncoder.encode(setting("paygrid.ops.secret", "PAYGRID_OPS_SECRET"), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Keycloak answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer at " + tokenEndpoint(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The platform's database as its schema owner: every right, for checks and for faults a test injects. */
    public static Connection database() throws SQLException {
        return DriverManager.getConnection(databaseUrl(), setting("paygrid.db.user", "PAYGRID_DB_USER"),
                setting("paygrid.db.password", "PAYGRID_DB_PASSWORD"));
    }

    public static String databaseUrl() {
        return setting("paygrid.db.url", "PAYGRID_DB_URL");
    }
}
