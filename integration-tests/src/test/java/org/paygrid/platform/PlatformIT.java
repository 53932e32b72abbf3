package org.paygrid.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;
import org.junit.jupiter.api.parallel.Isolated;

/** The deployed EAR on Payara Server: schema by Flyway, health with the database, OpenAPI, Swagger UI (metrics: MetricsIT). */
@PaygridIT
@Isolated("it locks the application's database user")
class PlatformIT {

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

    /**
     * A starting server says ready only after its warm-up: the planned test approvals of the warm-up merchant were
     * all in the database when the suite first saw it ready. They moved no money (test mode only) and the keys the
     * warm-ups took are revoked.
     */
    @Test
    void isReadyOnlyOnceWarmedUp() throws Exception {
        var ready = given().baseUri(TestStack.paygridUrl()).get("/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'warm-up' }.status", equalTo("UP")).extract().jsonPath();
        int planned = Integer.parseInt(ready.getString("checks.find { it.name == 'warm-up' }.data.planned"));
        assertThat(planned).isPositive();
        assertThat(ready.getString("checks.find { it.name == 'warm-up' }.data.approvals"))
                .isEqualTo(String.valueOf(planned));
        assertThat(TestStack.warmupPaymentsAtReady()).isGreaterThanOrEqualTo(planned);
        try (Connection db = TestStack.database(); Statement sql = db.createStatement()) {
            try (ResultSet payments = sql.executeQuery("select sum(mode = 'LIVE'), sum(status = 'DONE') "
                    + "from pay_payment where merchant_id = 'mer_paygrid_warmup'")) {
                payments.next();
                assertThat(payments.getLong(1)).as("live payments of the warm-up").isZero();
                assertThat(payments.getLong(2)).as("approved warm-up payments").isGreaterThanOrEqualTo(planned);
            }
            // a server killed while warming up (the crash tests) leaves its key, which it revokes when it starts again
            try (ResultSet keys = sql.executeQuery("select count(*), sum(status = 'ACTIVE') from mer_api_key "
                    + "where merchant_id = 'mer_paygrid_warmup' and display like '% (warm-up of server)'")) {
                keys.next();
                assertThat(keys.getLong(1)).isPositive();
                assertThat(keys.getLong(2)).as("warm-up keys left active").isZero();
            }
        }
    }

    @Test
    void isReadyOnlyWithItsDatabase() throws Exception {
        given().baseUri(TestStack.paygridUrl()).get("/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"));
        // the database refuses the application: its user locked and its connections cut
        try (Connection admin = TestStack.databaseAdmin(); Statement sql = admin.createStatement()) {
            try {
                lockApplicationUser(sql, true);
                await("not ready without its database").atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(250))
                        .until(() -> given().baseUri(TestStack.paygridUrl()).get("/health/ready").statusCode() == 503);
                given().baseUri(TestStack.paygridUrl()).get("/health/ready").then().statusCode(503)
                        .body("status", equalTo("DOWN"));
                // alive all the same: an orchestrator must not restart a server whose database is away
                given().baseUri(TestStack.paygridUrl()).get("/health/live").then().statusCode(200);
            } finally {
                lockApplicationUser(sql, false);
            }
        }
        await("ready again with its database").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().baseUri(TestStack.paygridUrl()).get("/health/ready").statusCode() == 200);
    }

    private static void lockApplicationUser(Statement admin, boolean lock) throws java.sql.SQLException {
        String user = TestStack.require("paygrid.db.app-user");
        for (String host : java.util.List.of("%", "localhost", "127.0.0.1")) {
            admin.execute("alter user if exists '" + user + "'@'" + host + "' account " + (lock ? "lock" : "unlock"));
        }
        if (lock) {
            java.util.List<Long> connections = new java.util.ArrayList<>();
            try (ResultSet open = admin.executeQuery(
                    "select id from information_schema.processlist where user = '" + user + "'")) {
                while (open.next()) {
                    connections.add(open.getLong(1));
                }
            }
            for (long id : connections) {
                admin.execute("kill connection " + id);
            }
        }
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
    @SuppressWarnings("unchecked")
    void theDocumentNamesEveryOperationOnceAndDeclaresIdempotencyKeysOnEveryPost() {
        String json = given().baseUri(TestStack.paygridUrl()).accept("application/json").get("/openapi")
                .then().statusCode(200).extract().asString();
        Map<String, Object> document = (Map<String, Object>) (Map<?, ?>) io.restassured.path.json.JsonPath.from(json)
                .getMap("");
        java.util.List<String> operationIds = new java.util.ArrayList<>();
        java.util.List<String> postsWithoutKey = new java.util.ArrayList<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.forEach((method, op) -> {
            Map<String, Object> operation = (Map<String, Object>) op;
            operationIds.add((String) operation.get("operationId"));
            java.util.List<Map<String, Object>> parameters = (java.util.List<Map<String, Object>>)
                    operation.getOrDefault("parameters", java.util.List.of());
            if ("post".equals(method) && parameters.stream().noneMatch(p -> "Idempotency-Key".equals(p.get("name"))
                    && "header".equals(p.get("in")))) {
                postsWithoutKey.add(path);
            }
        }));
        assertThat(operationIds).doesNotContainNull().doesNotHaveDuplicates().hasSizeGreaterThan(60)
                .contains("keyInPayment", "confirmPayment", "cancelPayment", "issueVirtualAccount");
        assertThat(postsWithoutKey).isEmpty();
        assertThat(json).doesNotContain("\"maxProperties\":0").doesNotContain("\"exclusiveMaximum\":false");
        assertThat(((java.util.List<Map<String, Object>>) document.get("tags")).stream().map(t -> t.get("name")))
                .doesNotHaveDuplicates();
        Map<String, Object> events = (Map<String, Object>) (Map<?, ?>) io.restassured.path.json.JsonPath.from(json)
                .getMap("components.schemas.WebhookRequest.properties.events");
        assertThat(events).doesNotContainKey("enum").containsEntry("example", java.util.List.of("PAYMENT_STATUS_CHANGED"));
        assertThat((Map<String, Object>) events.get("items")).containsEntry("type", "string").containsKey("enum");
        java.util.List<Map<String, Object>> servers = (java.util.List<Map<String, Object>>) document.get("servers");
        assertThat(servers).hasSize(1);
        assertThat((String) servers.get(0).get("url")).isEqualTo(TestStack.paygridUrl().replaceAll("/+$", ""));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentTypesTheDomainsRecordsAndEveryErrorAnswer() {
        io.restassured.path.json.JsonPath document = io.restassured.path.json.JsonPath.from(given()
                .baseUri(TestStack.paygridUrl()).accept("application/json").get("/openapi")
                .then().statusCode(200).extract().asString());
        String keyIn = "paths.'/v1/payments/key-in'.post.";
        assertThat(document.getString(keyIn + "responses.'200'.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Payment");
        assertThat(document.getString(keyIn + "requestBody.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/KeyInRequest");
        assertThat(document.getString(keyIn + "responses.'402'.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        String payment = "components.schemas.Payment.properties.";
        assertThat(document.getString(payment + "totalAmount.type")).isEqualTo("integer");
        assertThat(document.getString(payment + "totalAmount.format")).isEqualTo("int64");
        assertThat(document.getString(payment + "card.$ref")).isEqualTo("#/components/schemas/Card");
        assertThat(document.getString(payment + "cancels.items.$ref")).isEqualTo("#/components/schemas/Cancel");
        assertThat(document.getList(payment + "status.enum", String.class)).contains("DONE", "PARTIAL_CANCELED");
        assertThat(document.getString("components.schemas.KeyInRequest.properties.amount.type")).isEqualTo("integer");
        // the text rule of contract section 2, from the constants the server checks with
        for (String request : List.of("KeyInRequest", "CreatePaymentRequest", "VirtualAccountRequest",
                "BillingChargeRequest")) {
            String orderName = "components.schemas." + request + ".properties.orderName.";
            assertThat(document.getInt(orderName + "maxLength")).as(request).isEqualTo(100);
            assertThat(document.getString(orderName + "pattern")).as(request)
                    .startsWith("^[^\\u0000-\\u001F\\u007F-\\u009F").contains("\\u202A-\\u202E");
        }
        assertThat(document.getInt("components.schemas.CancelRequest.properties.cancelReason.maxLength"))
                .isEqualTo(200);
        assertThat(document.getList("components.schemas.Problem.required", String.class)).contains("code", "message");
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, operation) -> assertThat(
                ((Map<String, Object>) operation.get("responses")).keySet())
                .as(method + " " + path).contains("401", "429").anyMatch(status -> status.startsWith("2"))));
    }

    @Test
    void theDocumentDescribesEveryWebhookEventAndTypesTheMerchantsPages() {
        io.restassured.path.json.JsonPath document = io.restassured.path.json.JsonPath.from(given()
                .baseUri(TestStack.paygridUrl()).accept("application/json").get("/openapi")
                .then().statusCode(200).extract().asString());
        Map<String, String> dataOf = Map.of("PAYMENT_STATUS_CHANGED", "Payment", "DEPOSIT_CALLBACK", "Payment",
                "PAYOUT_STATUS_CHANGED", "Payout", "WEBHOOK_TEST", "WebhookTestData");
        assertThat(document.getMap("'x-webhooks'")).containsOnlyKeys(dataOf.keySet());
        dataOf.forEach((type, data) -> {
            String delivery = "'x-webhooks'." + type + ".post.";
            String schema = document.getString(delivery + "requestBody.content.'application/json'.schema.$ref")
                    .replace("#/components/schemas/", "");
            assertThat(document.getList("components.schemas." + schema + ".properties.type.enum", String.class))
                    .containsExactly(type);
            assertThat(document.getString("components.schemas." + schema + ".properties.data.$ref"))
                    .isEqualTo("#/components/schemas/" + data);
            assertThat(document.getList(delivery + "parameters.name", String.class))
                    .containsExactly("webhook-id", "webhook-timestamp", "webhook-signature");
        });
        Map<String, String> pages = Map.of("'/v1/payments'", "Payment", "'/v1/events'", "Event",
                "'/v1/settlements'", "SettlementLine", "'/v1/payouts'", "Payout", "'/v1/webhooks'", "Webhook");
        pages.forEach((path, item) -> {
            String page = document.getString("paths." + path + ".get.responses.'200'.content.'application/json'"
                    + ".schema.$ref").replace("#/components/schemas/", "");
            assertThat(document.getString("components.schemas." + page + ".properties.items.items.$ref"))
                    .as(path).isEqualTo("#/components/schemas/" + item);
        });
        assertThat(document.getString("components.schemas.Payout.properties.payoutAmount.type")).isEqualTo("integer");
    }

    @Test
    void answersUnknownApiPathsWithAProblem() {
        given().baseUri(TestStack.paygridUrl()).get("/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void answersWithSecurityHeadersAndWithoutNamingTheServer() {
        io.restassured.response.Response api = given().baseUri(TestStack.paygridUrl()).get("/v1/no-such-thing");
        io.restassured.response.Response page = given().baseUri(TestStack.paygridUrl()).get("/no-such-page");
        for (io.restassured.response.Response answer : java.util.List.of(api, page)) {
            assertThat(answer.header("Strict-Transport-Security")).startsWith("max-age=");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(answer.header("Server")).isNull();
            assertThat(answer.header("X-Powered-By")).isNull();
            assertThat(answer.asString()).doesNotContainIgnoringCase("payara");
        }
        // outside the JAX-RS resources too: a problem, not the server's error page
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theConsoleSessionCookieIsSecureBehindTlsAndNeverSentCrossSite() {
        io.restassured.response.Response console = given().baseUri(TestStack.paygridUrl()).redirects().follow(false)
                .header("X-Forwarded-Proto", "https").get("/admin/");
        String cookie = console.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void staffResourcesTakeStaffTokensHoweverThePathIsSpelled() {
        org.paygrid.support.TestMerchant shop = org.paygrid.support.TestMerchant.create("Path Spelling Shop");
        for (String path : java.util.List.of("/v1/admin/merchants/" + shop.id(), "/v1//admin/merchants/" + shop.id(),
                "/v1/./admin/merchants/" + shop.id())) {
            io.restassured.response.Response answer = shop.api().get(path);
            assertThat(answer.statusCode()).as(path).isIn(401, 404);
            assertThat(answer.asString()).as(path).doesNotContain(shop.secretKey().substring(8));
            if (answer.statusCode() == 401) {
                assertThat(answer.jsonPath().getString("code")).as(path).isEqualTo("UNAUTHORIZED");
            }
        }
    }

    @Test
    void theAuditLogCannotBeChangedOrDeletedEvenWithTheApplicationsDatabaseUser() throws Exception {
        org.paygrid.support.TestMerchant.create("Audited Shop");   // writes an audit entry
        try (Connection db = TestStack.applicationDatabase(); Statement sql = db.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sql.executeUpdate(
                            "update aud_audit_entry set actor = 'nobody' order by id desc limit 1"))
                    .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("append-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sql.executeUpdate(
                            "delete from aud_audit_entry order by id desc limit 1"))
                    .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void theApplicationsDatabaseUserCannotChangeTheSchemaNorDropTheAuditTriggers() throws Exception {
        try (Connection db = TestStack.applicationDatabase(); Statement sql = db.createStatement()) {
            // the server's own pool: rows are its business, the schema is Flyway's (the schema owner's)
            assertThat(db.getMetaData().getUserName()).startsWith("paygrid_app");
            for (String ddl : java.util.List.of("drop trigger aud_audit_entry_no_update",
                    "alter table aud_audit_entry add column note varchar(10)", "drop table aud_audit_entry",
                    "create table it_scratch (id int)", "truncate table aud_audit_entry",
                    "grant all on paygrid_test.* to 'paygrid_app'@'%'")) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> sql.execute(ddl)).as(ddl)
                        .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("denied");
            }
            try (ResultSet grants = sql.executeQuery("show grants for current_user()")) {
                java.util.List<String> lines = new java.util.ArrayList<>();
                while (grants.next()) {
                    lines.add(grants.getString(1));
                }
                assertThat(lines).noneMatch(grant -> grant.contains("ALL PRIVILEGES"));
            }
        }
    }
}
