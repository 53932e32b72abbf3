import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.paygrid.testkit.Cards;
import org.paygrid.testkit.Json;
import org.paygrid.testkit.Stack;
import org.paygrid.testkit.Http;

/**
 * Webhook fan-out: registers a local receiver, produces N payment events (key-in approvals from 8 threads) and
 * measures how fast the platform delivers them: delivery rate, lag from the event's createdAt to its arrival,
 * duplicates, and signatures checked with the Standard Webhooks algorithm.
 * Run: ./bench/webhook-fanout [N]  (after ./paygrid up; uses the demo merchant's test secret key)
 */
public class WebhookFanout {

    private static final Pattern ID = Pattern.compile("\"id\":\"(evt_[A-Za-z0-9]+)\"");
    private static final Pattern CREATED = Pattern.compile("\"createdAt\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int port = 9393;
        String url = Stack.paygridUrl();
        String key = Stack.variable("PAYGRID_SECRET_KEY");
        String auth = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
        HttpClient client = Http.client().build();

        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger badSignatures = new AtomicInteger();
        List<Long> lagMillis = java.util.Collections.synchronizedList(new ArrayList<>());
        long[] firstLast = {0, 0};
        byte[][] secret = new byte[1][];
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            long now = System.currentTimeMillis();
            String text = new String(body, StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            if (!("v1," + sign(secret[0], id + "." + timestamp + "." + text)).equals(signature)) {
                badSignatures.incrementAndGet();
            }
            if (!seen.add(id)) {
                duplicates.incrementAndGet();
            } else {
                Matcher created = CREATED.matcher(text);
                if (created.find()) {
                    lagMillis.add(now - OffsetDateTime.parse(created.group(1)).toInstant().toEpochMilli());
                }
                synchronized (firstLast) {
                    if (firstLast[0] == 0) {
                        firstLast[0] = now;
                    }
                    firstLast[1] = now;
                }
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        String registered = send(client, HttpRequest.newBuilder(URI.create(url + "/v1/webhooks"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"http://127.0.0.1:" + port + "/hook\"}")).build());
        String webhookId = Json.field(registered, "id");
        secret[0] = Base64.getDecoder().decode(Json.field(registered, "secret").substring("whsec_".length()));
        try {
            String run = UUID.randomUUID().toString().substring(0, 8);
            ExecutorService producers = Executors.newFixedThreadPool(8);
            long started = System.nanoTime();
            for (int i = 0; i < events; i++) {
                String orderId = "fan-" + run + "-" + i;
                producers.submit(() -> send(client, HttpRequest.newBuilder(URI.create(url + "/v1/payments/key-in"))
                        .header("Authorization", auth).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"orderId": "%s", "orderName": "fan-out", "amount": 1000, "cardNumber": "%s",
                                 "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(orderId, Cards.fresh()))).build()));
            }
            producers.shutdown();
            producers.awaitTermination(30, java.util.concurrent.TimeUnit.MINUTES);
            double produceSeconds = (System.nanoTime() - started) / 1e9;
            long deadline = System.currentTimeMillis() + 120_000;
            while (seen.size() < events && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            double drained = (System.nanoTime() - started) / 1e9;
            long[] lags = lagMillis.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("events produced: %d in %.1f s (%.0f/s, key-in approvals from 8 threads)%n", events,
                    produceSeconds, events / produceSeconds);
            System.out.printf("delivered: %d distinct, %d duplicates, %d bad signatures; all delivered %.1f s after the start%n",
                    seen.size(), duplicates.get(), badSignatures.get(), drained);
            System.out.printf("delivery rate: %.0f events/s (first to last arrival)%n",
                    seen.size() / Math.max(0.001, (firstLast[1] - firstLast[0]) / 1e3));
            if (lags.length > 0) {
                System.out.printf("lag createdAt -> arrival ms: p50 %d  p95 %d  p99 %d  max %d%n", q(lags, .5), q(lags, .95),
                        q(lags, .99), lags[lags.length - 1]);
            }
        } finally {
            send(client, HttpRequest.newBuilder(URI.create(url + "/v1/webhooks/" + webhookId))
                    .header("Authorization", auth).DELETE().build());
            receiver.stop(0);
            System.exit(0);
        }
    }

    private static long q(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)];
    }

    private static String send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
