package org.paygrid.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paygrid.support.Commands;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.TestStack;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.paygrid.support.Shared;

/**
 * {@code ./paygrid monitoring up} on the test stack: Debian's Prometheus scrapes the server and the simulator and
 * evaluates the repository's alert rules, and Debian's Alertmanager answers; {@code monitoring down} stops both.
 */
@PaygridIT
@ResourceLock(Shared.ALERTMANAGER_PORT)
class MonitoringStackIT {

    private static final String PROMETHEUS = "http://127.0.0.1:10090";
    private static final String ALERTMANAGER = "http://127.0.0.1:10093";

    @Test
    void prometheusScrapesTheServerAndTheSimulatorWithTheRulesLoaded() throws Exception {
        paygrid("monitoring", "up");
        try {
            JsonPath targets = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(
                    () -> given().get(PROMETHEUS + "/api/v1/targets").then().statusCode(200).extract().jsonPath(),
                    answer -> answer.<Map<String, Object>>getList("data.activeTargets").stream()
                            .filter(target -> target.get("health").equals("up")).count() >= 2);
            List<String> up = targets.<Map<String, Object>>getList("data.activeTargets").stream()
                    .filter(target -> target.get("health").equals("up"))
                    .map(target -> ((Map<?, ?>) target.get("labels")).get("job") + " " + target.get("scrapeUrl"))
                    .toList();
            assertThat(up).contains("paygrid " + TestStack.paygridUrl().replace("127.0.0.1", "localhost") + "/metrics",
                    "simulator " + TestStack.simulatorUrl() + "/metrics");
            List<String> rules = given().get(PROMETHEUS + "/api/v1/rules").then().statusCode(200).extract()
                    .jsonPath().getList("data.groups.find { it.name == 'paygrid' }.rules.name");
            assertThat(rules).contains("ApprovalRateDropped", "UnknownOutcomesPilingUp", "SettlementMissing")
                    .hasSize(9);
            double series = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(
                    () -> given().queryParam("query", "count(paygrid_unknown_outcomes)")
                            .get(PROMETHEUS + "/api/v1/query").then().statusCode(200).extract().jsonPath()
                            .getList("data.result", Map.class).stream()
                            .mapToDouble(result -> Double.parseDouble(((List<?>) result.get("value")).get(1).toString()))
                            .sum(), count -> count > 0);
            assertThat(series).as("Paygrid's own figures are in Prometheus").isPositive();
            given().get(ALERTMANAGER + "/api/v2/status").then().statusCode(200);
        } finally {
            paygrid("monitoring", "down");
        }
        assertThatThrownBy(() -> given().get(PROMETHEUS + "/-/ready")).as("stopped")
                .isInstanceOf(java.io.IOException.class);
    }

    private static void paygrid(String... arguments) throws Exception {
        ProcessBuilder script = new ProcessBuilder(java.util.stream.Stream.concat(
                java.util.stream.Stream.of(Path.of(TestStack.require("paygrid.home"), "paygrid").toString()),
                java.util.stream.Stream.of(arguments)).toList());
        script.environment().put("PAYGRID_PROFILE", "test");
        Commands.succeed(script, Duration.ofMinutes(2));
    }
}
