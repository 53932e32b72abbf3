import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.paygrid.testkit.Cards;
import org.paygrid.testkit.FraudRules;
import org.paygrid.testkit.Json;
import org.paygrid.testkit.Stack;
import org.paygrid.testkit.Http;

/**
 * A card-testing attack: a leaked secret key tries many card numbers, each once with a small amount, from many
 * threads as fast as the server answers; every approval tells the attacker a card works. Run against a new merchant
 * with fraud detection's default rules (CARD_TESTING: more than 20 payments of at most 1,000 won at one merchant in
 * 10 minutes are blocked), then against another with every rule off, for comparison. During the attack the first
 * merchant's ordinary 15,000-won payments still go through. Exit status 0 when the attack was stopped at the rule's
 * limit and ordinary payments were not.
 * Run: ./bench/card-testing [attempts] [threads]  (after ./paygrid up)
 */
public class CardTesting {

    record Outcome(int attempts, int approved, int blocked, int other, long firstBlockedAt, double seconds) {
    }

    public static void main(String[] args) throws Exception {
        int attempts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        HttpClient client = Http.client().executor(Executors.newFixedThreadPool(threads)).build();

        String victim = newMerchantKey(client, "Card testing victim");
        Outcome on = attack(client, victim, attempts, threads);
        boolean ordinaryPasses = keyIn(client, victim, 15_000) == 200;
        Outcome off;
        try (FraudRules rules = FraudRules.allOff()) {
            off = attack(client, newMerchantKey(client, "Card testing, rules off"), attempts, threads);
        }

        System.out.printf("card testing: %d attempts of 100 won, one key, %d threads, a new card each%n", attempts,
                threads);
        System.out.printf("%-22s %9s %9s %9s %7s %14s %10s%n", "fraud detection", "attempts", "approved",
                "blocked", "other", "first blocked", "attempts/s");
        print("default rules", on);
        print("every rule off", off);
        System.out.printf("an ordinary 15,000-won payment of the attacked merchant during the block: %s%n",
                ordinaryPasses ? "approved" : "REFUSED");
        boolean stopped = on.approved() <= 20 && on.blocked() == attempts - on.approved() - on.other();
        System.out.println(stopped && ordinaryPasses ? "the attack was stopped at the rule's limit"
                : "the attack was NOT stopped as expected");
        System.exit(stopped && ordinaryPasses ? 0 : 1);
    }

    private static void print(String label, Outcome o) {
        System.out.printf("%-22s %9d %9d %9d %7d %14s %10.0f%n", label, o.attempts(), o.approved(), o.blocked(),
                o.other(), o.firstBlockedAt() == 0 ? "-" : "#" + o.firstBlockedAt(), o.attempts() / o.seconds());
    }

    private static Outcome attack(HttpClient client, String key, int attempts, int threads)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger approved = new AtomicInteger();
        AtomicInteger blocked = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        AtomicLong firstBlocked = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                int n;
                while ((n = next.incrementAndGet()) <= attempts) {
                    try {
                        int status = keyIn(client, key, 100);
                        if (status == 200) {
                            approved.incrementAndGet();
                        } else if (status == 403) {
                            blocked.incrementAndGet();
                            firstBlocked.compareAndSet(0, n);
                        } else {
                            other.incrementAndGet();
                        }
                    } catch (Exception e) {
                        other.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        return new Outcome(attempts, approved.get(), blocked.get(), other.get(), firstBlocked.get(),
                (System.nanoTime() - started) / 1e9);
    }

    private static int keyIn(HttpClient client, String key, long amount) throws Exception {
        String body = """
                {"orderId": "ct-%s", "orderName": "gift card", "amount": %d, "cardNumber": "%s",
                 "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(UUID.randomUUID(), amount,
                Cards.fresh());
        return client.send(HttpRequest.newBuilder(URI.create(Stack.paygridUrl() + "/v1/payments/key-in"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (key + ":").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A new merchant (staff admin API), its test secret key. */
    private static String newMerchantKey(HttpClient client, String name) throws Exception {
        String body = """
                {"name": "%s %s", "businessNumber": "%s", "representative": "Bench", "email": "bench@example.kr",
                 "websiteUrl": "https://bench.example.kr"}""".formatted(name, UUID.randomUUID().toString().substring(0, 6),
                businessNumber());
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(
                        URI.create(Stack.paygridUrl() + "/v1/admin/merchants"))
                .header("Authorization", "Bearer " + Stack.opsToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("merchant not created: " + created.statusCode() + " " + created.body());
        }
        String test = created.body().substring(created.body().indexOf("\"test\""));
        return Json.field(test, "secretKey");
    }

    /** A random valid business registration number: nine digits and the registry's check digit. */
    private static String businessNumber() {
        int[] weights = {1, 3, 7, 1, 3, 7, 1, 3, 5};
        StringBuilder digits = new StringBuilder();
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = ThreadLocalRandom.current().nextInt(10);
            digits.append(d);
            sum += d * weights[i];
        }
        sum += (digits.charAt(8) - '0') * 5 / 10;
        return digits.append((10 - sum % 10) % 10).toString();
    }
}
