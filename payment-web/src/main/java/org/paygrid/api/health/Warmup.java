package org.paygrid.api.health;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.merchant.boundary.WarmupMerchant;
import org.paygrid.merchant.boundary.WarmupMerchant.WarmupKey;
import org.paygrid.shared.Luhn;
import org.paygrid.shared.id.RandomTokens;
import org.paygrid.shared.json.JsonObjects;
import org.paygrid.shared.logging.Log;

/**
 * Warms a starting server before it says ready ({@link WarmupReadiness}): the approval path's classes are loaded
 * and its code compiled by the JIT while no customer waits, instead of during the first thousands of real
 * approvals. It pays as a merchant would, over this server's own HTTP port (so the whole path warms: the HTTP
 * listener, JAX-RS and JSON, authentication, rate limits and idempotency, the EJBs and Hibernate, the call to the
 * network): test-mode key-ins and reads by {@link WarmupMerchant}, which move no money and touch no merchant's
 * data. A warm-up that cannot finish (the test network down, the merchant terminated, the time limit) ends early
 * with a warning: the server then goes ready cold rather than never.
 */
@ApplicationScoped
public class Warmup {

    private static final Log LOG = Log.of(Warmup.class);

    /** The test network's credit card BIN: it approves every number of it but a few decline cards. */
    private static final String TEST_BIN = "433012";

    /** Consecutive failures after which the path is broken somewhere and warming it is pointless. */
    private static final int GIVE_UP_AFTER_FAILURES = 20;

    @Inject
    @ConfigProperty(name = "paygrid.warmup.approvals", defaultValue = "5000")
    int approvals;

    @Inject
    @ConfigProperty(name = "paygrid.warmup.clients", defaultValue = "4")
    int clients;

    @Inject
    @ConfigProperty(name = "paygrid.warmup.max-seconds", defaultValue = "300")
    int maxSeconds;

    /** This server's own API; by default its HTTP listener on loopback. */
    @Inject
    @ConfigProperty(name = "paygrid.warmup.url")
    Optional<String> url;

    @Resource
    ManagedExecutorService executor;

    @EJB
    WarmupMerchant merchant;

    private final AtomicInteger approved = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger failedInARow = new AtomicInteger();
    private volatile boolean done;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (approvals <= 0) {
            done = true;
            return;
        }
        executor.submit(this::run);
    }

    public boolean done() {
        return done;
    }

    public int approved() {
        return approved.get();
    }

    public int planned() {
        return approvals;
    }

    private void run() {
        long startedAt = System.nanoTime();
        long deadline = startedAt + Duration.ofSeconds(maxSeconds).toNanos();
        String server = System.getProperty("com.sun.aas.instanceName", "server");
        String named = server.length() > 40 ? server.substring(0, 40) : server;   // it goes into the key's hint
        WarmupKey key = null;
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                    .version(HttpClient.Version.HTTP_1_1).build();
            String base = url.orElse("http://127.0.0.1:" + System.getProperty("HTTP_LISTENER_PORT", "8080"));
            if (!awaitServing(http, base, deadline)) {
                LOG.warning(() -> "warm-up skipped: " + base + " did not answer within " + maxSeconds + " s");
                return;
            }
            key = issueKey(named);
            String auth = "Basic " + Base64.getEncoder()
                    .encodeToString((key.secretKey() + ":").getBytes(StandardCharsets.UTF_8));
            String run = RandomTokens.alphanumeric(8);
            long firstCard = ThreadLocalRandom.current().nextLong(900_000_000L);
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < Math.max(1, clients); i++) {
                workers.add(executor.submit(() -> pay(http, base, auth, run, firstCard, deadline)));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            LOG.warning(() -> "warm-up ended early: " + e);
        } finally {
            if (key != null) {
                retire(key);
            }
            long seconds = Duration.ofNanos(System.nanoTime() - startedAt).toSeconds();
            LOG.info(() -> "warm-up done: " + approved.get() + " of " + approvals + " test approvals in " + seconds
                    + " s; ready");
            done = true;
        }
    }

    /** Waits for the application to answer (401 to a call without a key) before paying. */
    private static boolean awaitServing(HttpClient http, String base, long deadline) throws InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(base + "/v1/payments")).GET()
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 401) {
                    return true;
                }
            } catch (IOException notYet) {
                // the listener or the application is not up yet
            }
            Thread.sleep(250);
        }
        return false;
    }

    private WarmupKey issueKey(String server) {
        try {
            merchant.ensureExists();
        } catch (RuntimeException anotherServerCreatedIt) {
            merchant.ensureExists();
        }
        return merchant.issueKey(server, Duration.ofSeconds(maxSeconds));
    }

    private void retire(WarmupKey key) {
        try {
            merchant.revokeKey(key);
        } catch (RuntimeException e) {
            LOG.warning(() -> "the warm-up key " + key.id() + " could not be revoked: " + e);
        }
    }

    /** One client: key-ins with a fresh card each (fraud detection limits attempts per card), each read back. */
    private void pay(HttpClient http, String base, String auth, String run, long firstCard, long deadline) {
        String expiryYear = String.valueOf(Year.now().getValue() % 100 + 3);
        int n;
        while ((n = started.getAndIncrement()) < approvals && System.nanoTime() < deadline
                && failedInARow.get() < GIVE_UP_AFTER_FAILURES) {
            String body = JsonObjects.builder()
                    .add("orderId", "warmup-" + run + "-" + n)
                    .add("orderName", "Warm-up")
                    .add("amount", 10_000 + n % 1_000)
                    .add("cardNumber", Luhn.completed(TEST_BIN + String.format("%09d", firstCard + n)))
                    .add("cardExpirationYear", expiryYear)
                    .add("cardExpirationMonth", "12")
                    .build().toString();
            HttpRequest keyIn = HttpRequest.newBuilder(URI.create(base + "/v1/payments/key-in"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "warmup-" + run + "-" + n).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> answer = http.send(keyIn, HttpResponse.BodyHandlers.ofString());
                // over the key's rate limit (a cluster's nodes warming at once share it): the same payment, later
                while (answer.statusCode() == 429 && System.nanoTime() < deadline) {
                    Thread.sleep(1000L * answer.headers().firstValueAsLong("Retry-After").orElse(1));
                    answer = http.send(keyIn, HttpResponse.BodyHandlers.ofString());
                }
                if (answer.statusCode() != 200) {
                    failed("key-in answered " + answer.statusCode() + ": " + answer.body());
                    continue;
                }
                String paymentKey = JsonObjects.parse(answer.body()).getString("paymentKey");
                http.send(HttpRequest.newBuilder(URI.create(base + "/v1/payments/" + paymentKey))
                        .header("Authorization", auth).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                approved.incrementAndGet();
                failedInARow.set(0);
            } catch (IOException e) {
                failed(e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void failed(String why) {
        if (failedInARow.incrementAndGet() == GIVE_UP_AFTER_FAILURES) {
            LOG.warning(() -> "warm-up gives up after " + GIVE_UP_AFTER_FAILURES + " failures in a row, the last: "
                    + why);
        }
    }
}
