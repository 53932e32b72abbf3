package org.paygrid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.PaygridIT;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A merchant's key that bursts past its limit gets 429 with Retry-After, and only that key: another merchant goes on
 * (OWASP API4). The test stack's key limit is 80 a second with bursts of 800 (./paygrid), below what 16 clients reach.
 */
@PaygridIT
@Isolated("its burst would spend the address limit other classes call from")
class RateLimitIT {

    @Test
    void aKeyOverItsLimitGets429WithRetryAfterWhileOthersGoOn() throws Exception {
        TestMerchant noisy = TestMerchant.create("Noisy Shop");
        TestMerchant quiet = TestMerchant.create("Quiet Shop");
        AtomicReference<Response> refused = new AtomicReference<>();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> running = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            for (int i = 0; i < 16; i++) {
                running.add(clients.submit(() -> {
                    while (refused.get() == null && System.nanoTime() < deadline) {
                        Response answer = noisy.api().get("/v1/payments/pay_doesnotexist");
                        if (answer.statusCode() == 429) {
                            refused.compareAndSet(null, answer);
                        }
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        Response tooMany = refused.get();
        assertThat(tooMany).as("a 429 within 2 minutes").isNotNull();
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(tooMany.jsonPath().getString("code")).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(Integer.parseInt(tooMany.header("Retry-After"))).isBetween(1, 60);

        // the neighbour is not throttled
        quiet.api().get("/v1/payments/pay_doesnotexist").then().statusCode(404);
        // and the noisy key works again once it waited
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> noisy.api().get("/v1/payments/pay_doesnotexist").statusCode() == 404);
    }
}
