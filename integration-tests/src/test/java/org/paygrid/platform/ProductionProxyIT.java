package org.paygrid.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paygrid.support.Commands;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.TestStack;

/**
 * The production proxy's own rules (docker/proxy/nginx.conf), run by Debian's nginx in front of the test server:
 * a malformed percent-escape or an encoded NUL in the request target is refused with the contract's problem+json
 * (Payara reached directly answers the first with an empty 200, its own bug), and everything else reaches Paygrid.
 * Only what only Docker provides is replaced: the upstream names become the test server, the certificate a
 * self-signed one, port 443 a free port, the Keycloak include goes.
 */
@PaygridIT
class ProductionProxyIT {

    private static final File NGINX = new File("/usr/sbin/nginx");
    private static final int PORT = 9443;
    private static Process nginx;
    private static Path work;

    @BeforeAll
    static void startTheProxy() throws Exception {
        if (!NGINX.canExecute()) {
            throw new IllegalStateException("ProductionProxyIT needs Debian's nginx: apt-get install nginx "
                    + "(.ci/run installs it)");
        }
        work = Files.createTempDirectory("paygrid-proxy");
        Commands.run(null, Duration.ofSeconds(60), "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                "-keyout", work.resolve("paygrid.key").toString(), "-out", work.resolve("paygrid.crt").toString());
        String upstream = TestStack.paygridUrl().replaceFirst("^https?://", "").replaceFirst("/.*$", "")
                .replace("localhost", "127.0.0.1");
        String production = Files.readString(Path.of(TestStack.require("paygrid.home"), "docker", "proxy",
                "nginx.conf"));
        String config = production
                .replace("paygrid-1:8080", upstream).replace("paygrid-2:8080", upstream)
                .replace("include /etc/nginx/conf.d/*.conf;", "")
                .replace("listen 443 ssl", "listen 127.0.0.1:" + PORT + " ssl")
                .replace("/etc/nginx/tls/", work + "/")
                .replace("http {", "http {\n  access_log off;\n  client_body_temp_path " + work + "/body;\n"
                        + "  proxy_temp_path " + work + "/proxy;\n");
        assertThat(config).as("the production rules are there to test").contains("error_page 400",
                "%(?![0-9A-Fa-f]{2})|%00", "listen 127.0.0.1:" + PORT);
        Path file = work.resolve("nginx.conf");
        Files.writeString(file, "pid " + work + "/nginx.pid;\nerror_log " + work + "/error.log;\n" + config);
        Commands.run(null, Duration.ofSeconds(60), NGINX.getPath(), "-t", "-q", "-p", work.toString(), "-c", file.toString());
        nginx = new ProcessBuilder(NGINX.getPath(), "-p", work.toString(), "-c", file.toString(), "-g",
                "daemon off;").redirectErrorStream(true).redirectOutput(work.resolve("nginx.out").toFile()).start();
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions().until(() -> proxy().get("/v1/payments").statusCode() == 401);
    }

    @AfterAll
    static void stopTheProxy() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/payments/orders/%ZZ", "/v1/payments/orders/abc%", "/v1/payments/orders/a%00b",
            "/v1/payments?cursor=%G1"})
    void refusesAMalformedRequestTargetWithTheContractsProblem(String target) throws Exception {
        String answer = rawGet(target);
        assertThat(answer).as(target).startsWith("HTTP/1.1 400 ")
                .containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"code\":\"INVALID_REQUEST\"", "\"status\":400");
    }

    /** The request target exactly as written: HTTP clients refuse to send a malformed one, attackers do not. */
    private static String rawGet(String target) throws Exception {
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        try (java.net.Socket socket = tls.getSocketFactory().createSocket("127.0.0.1", PORT)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void passesEverythingElseToPaygridAndHidesItsVersion() {
        var answer = proxy().get("/v1/payments").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("UNAUTHORIZED_KEY")).extract();
        assertThat(answer.header("Server")).isEqualTo("nginx");
        proxy().get("/health/ready").then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification proxy() {
        return given().baseUri("https://127.0.0.1:" + PORT).relaxedHTTPSValidation().redirects().follow(false);
    }
}
