import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import org.paygrid.testkit.Cards;
import org.paygrid.testkit.Stack;

/**
 * One key-in approval end to end (API, database, card network simulator, ledger), measured over N sequential calls
 * against a running stack: prints median, p95, p99 and max latency, and the rate.
 * Run: ./bench/keyin-latency [N]  (after ./paygrid up; uses the demo merchant's test secret key)
 */
public class KeyInLatency {

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String url = Stack.paygridUrl();
        String key = Stack.variable("PAYGRID_SECRET_KEY");
        HttpClient client = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 20; i++) {
            call(client, url, auth, "warm-" + run + "-" + i);   // JIT and pools warm up; not measured
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
