import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import org.paygrid.testkit.Cards;
import org.paygrid.testkit.FraudRules;
import org.paygrid.testkit.Stack;
import org.paygrid.testkit.Http;

/**
 * One key-in approval end to end (API, database, card network simulator, ledger), measured over N sequential calls
 * against a running stack: prints median, p95, p99 and max latency, and the rate.
 * Run: ./bench/keyin-latency [N]  (after ./paygrid up; uses the demo merchant's test secret key)
 * With {@code --fds-on-off}: after N warm-up calls (not measured), ten rounds of N/10 calls alternately with fraud
 * detection's default rules and with every rule off; prints both medians and what the rules add.
 */
public class KeyInLatency {

    public static void main(String[] args) throws Exception {
        boolean onOff = Arrays.asList(args).contains("--fds-on-off");
        args = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String url = Stack.paygridUrl();
        String key = Stack.variable("PAYGRID_SECRET_KEY");
        HttpClient client = Http.client().build();
        String auth = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 20; i++) {
            call(client, url, auth, "warm-" + run + "-" + i);   // JIT and pools warm up; not measured
        }
        if (onOff) {
            compareFds(client, url, auth, run, calls);
            return;
        }
        long[] nanos = new long[calls];
        int errors = 0;
        long started = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            if (call(client, url, auth, "bench-" + run + "-" + i) != 200) {
                errors++;
            }
            nanos[i] = System.nanoTime() - t0;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(nanos);
        System.out.printf("key-in approvals: %d sequential calls, %d errors, %.1f calls/s%n", calls, errors, calls / seconds);
        System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", ms(nanos, 0.50), ms(nanos, 0.95),
                ms(nanos, 0.99), nanos[calls - 1] / 1e6);
    }

    /** Warm {@code calls} calls, then ten alternating rounds of calls / 10 with the rules on and off. */
    private static void compareFds(HttpClient client, String url, String auth, String run, int calls) throws Exception {
        for (int i = 0; i < calls; i++) {
            call(client, url, auth, "warm-" + run + "-" + i);
        }
        int round = Math.max(1, calls / 10);
        long[] on = new long[5 * round];
        long[] off = new long[5 * round];
        int errors = 0;
        for (int r = 0; r < 10; r++) {
            long[] into = r % 2 == 0 ? on : off;
            try (FraudRules rules = r % 2 == 0 ? null : FraudRules.allOff()) {
                for (int i = 0; i < round; i++) {
                    long t0 = System.nanoTime();
                    if (call(client, url, auth, "fds-" + run + "-" + r + "-" + i) != 200) {
                        errors++;
                    }
                    into[(r / 2) * round + i] = System.nanoTime() - t0;
                }
            }
        }
        Arrays.sort(on);
        Arrays.sort(off);
        System.out.printf("key-in, warm (after %d calls), sequential, ten alternating rounds of %d; %d errors%n", calls,
                round, errors);
        System.out.printf("rules on:  p50 %.2f ms  p95 %.2f ms%n", ms(on, 0.50), ms(on, 0.95));
        System.out.printf("rules off: p50 %.2f ms  p95 %.2f ms%n", ms(off, 0.50), ms(off, 0.95));
        System.out.printf("the rules add %.2f ms to the median%n", ms(on, 0.50) - ms(off, 0.50));
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static int call(HttpClient client, String url, String auth, String orderId) throws Exception {
        String body = """
                {"orderId": "%s", "orderName": "bench", "amount": 15000, "cardNumber": "%s",
                 "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(orderId, Cards.fresh());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/v1/payments/key-in"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
