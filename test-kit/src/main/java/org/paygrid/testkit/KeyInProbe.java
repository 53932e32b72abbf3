package org.paygrid.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Sequential key-in approvals of the demo merchant (test mode, a new card each, 15,000 won), timed one by one: how
 * the benchmarks watch approvals while something else runs. A call that is not approved stops the benchmark.
 */
public final class KeyInProbe {

    private final HttpClient http = Http.client().build();
    private final String url = Stack.paygridUrl();
    private final String auth = "Basic " + Base64.getEncoder()
            .encodeToString((Stack.variable("PAYGRID_SECRET_KEY") + ":").getBytes(StandardCharsets.UTF_8));

    /** After {@code calls} approvals not measured (JIT, pools, caches). */
    public KeyInProbe warm(int calls) throws Exception {
        for (int i = 0; i < calls; i++) {
            call();
        }
        return this;
    }

    /** One approval; answers its latency in nanoseconds. */
    public long call() throws Exception {
        String body = """
                {"orderId": "probe-%s", "orderName": "bench", "amount": 15000, "cardNumber": "%s",
                 "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(UUID.randomUUID(), Cards.fresh());
        long t0 = System.nanoTime();
        int status = http.send(HttpRequest.newBuilder(URI.create(url + "/v1/payments/key-in"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status != 200) {
            throw new IllegalStateException("a key-in approval answered " + status);
        }
        return System.nanoTime() - t0;
    }

    /** Approvals one after another for {@code seconds}; their latencies. */
    public List<Long> forSeconds(int seconds) throws Exception {
        List<Long> latencies = new ArrayList<>();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            latencies.add(call());
        }
        return latencies;
    }

    /** The {@code q} quantile of latencies in nanoseconds, in milliseconds (nearest rank). */
    public static double millis(List<Long> nanos, double q) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
