package org.paygrid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;

/** Finance's settlement run for a date, started through the staff API and waited for until it ends. */
public final class SettlementRuns {

    private SettlementRuns() {
    }

    public static void runToCompletion(LocalDate date) {
        long runId = TestMerchant.staff().body("{\"date\": \"" + date + "\"}").post("/v1/admin/settlements/runs")
                .then().statusCode(200).extract().jsonPath().getLong("runId");
        String status = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> TestMerchant.staff().get("/v1/admin/settlements/runs/" + runId).then().statusCode(200)
                        .extract().<String>path("status"), s -> List.of("COMPLETED", "FAILED", "STOPPED").contains(s));
        assertThat(status).as("settlement run " + runId).isEqualTo("COMPLETED");
    }
}
