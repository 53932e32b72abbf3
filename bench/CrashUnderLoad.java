import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paygrid.testkit.Books;
import org.paygrid.testkit.Cards;
import org.paygrid.testkit.Sql;
import org.paygrid.testkit.PayaraDomain;
import org.paygrid.testkit.Stack;
import org.paygrid.testkit.Http;

/**
 * Faults under a steady load (issue 7): client threads approve key-ins and
 * partially cancel them, each call with an Idempotency-Key and retried with it until it gets an answer, while a
 * webhook receiver takes the events. Meanwhile the server is killed with {@code kill -9} several times and started
 * again, the card network simulator is killed and restarted, then made slower than the platform's read timeout,
 * and (with {@code --db-restart}) MariaDB itself is killed and restarted. Afterwards it checks, and prints:
 * every payment a client saw DONE is approved, with exactly the cancels the client saw acknowledged; no order was
 * approved twice at the network; the platform's books equal the network's; the ledger balances; every event
 * reached the receiver; every interrupted call, sent once more, replays its one answer. Exit status 0 when all hold.
 *
 * Run: ./bench/crash [--kills N] [--clients N] [--gap-seconds N] [--db-restart] [--time-limit-minutes N]
 *      [--hold-until FILE] [--hold-db-until FILE] (after ./paygrid up). With {@code --hold-until} the load runs
 *      until FILE exists before the faults begin, so that a caller can kill the server itself with more kinds of
 *      work in flight under the same load (CrashRecoveryIT does, with {@code --kills 0}); with
 *      {@code --hold-db-until} the MariaDB kill waits for its own FILE, so that the caller can check work that
 *      needs the database while the network's faults run.
 */
public class CrashUnderLoad {

    static final Pattern PAYMENT_KEY = Pattern.compile("\"paymentKey\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    /** A client places at most one order per this many milliseconds: a steady load, not a flood of failures. */
    static final long PACE_MS = 150;

    /** The servers, taken in turn by every call; a refused connection moves on to the next. */
    final List<String> urls;
    final AtomicInteger turn = new AtomicInteger();
    final String auth = "Basic " + Base64.getEncoder().encodeToString((Stack.variable("PAYGRID_SECRET_KEY") + ":")
            .getBytes(StandardCharsets.UTF_8));
    final String run = "crash-" + UUID.randomUUID().toString().substring(0, 8);
    final HttpClient http = Http.client().connectTimeout(Duration.ofSeconds(3))
            .executor(Executors.newCachedThreadPool()).build();
    final AtomicBoolean loading = new AtomicBoolean(true);
    final Map<String, Approval> approvals = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    final ExecutorService orders = Executors.newCachedThreadPool();
    final ConcurrentLinkedQueue<java.util.concurrent.Future<?>> placed = new ConcurrentLinkedQueue<>();
    final Set<String> delivered = ConcurrentHashMap.newKeySet();
    final AtomicInteger deliveries = new AtomicInteger();
    final Map<String, AtomicInteger> transientAnswers = new ConcurrentHashMap<>();
    final AtomicInteger connectionFailures = new AtomicInteger();
    final List<String> failures = new ArrayList<>();

    /** One POST as the client sent it, and the one answer it settled on after its retries. */
    record Call(String path, String idempotencyKey, String body, int attempts, int status, String answer) {
    }

    /** What the client was told about one order: approved (with the payment key) and the cancels acknowledged. */
    static final class Approval {
        final String orderId;
        final long amount;
        volatile String paymentKey;
        volatile String answeredStatus;
        final AtomicInteger acknowledgedCancels = new AtomicInteger();
        volatile long acknowledgedCancelAmount;

        Approval(String orderId, long amount) {
            this.orderId = orderId;
            this.amount = amount;
        }
    }

    /** Which faults, in this order: server kills, an instance kill, simulator kill and slowness, MariaDB kill. */
    record Plan(int kills, String killInstance, boolean simulatorFaults, boolean dbRestart, int duplicates,
                boolean timerCheck, Path holdUntil, Path holdDbUntil) {
    }

    public static void main(String[] args) throws Exception {
        int kills = 3;
        int clients = 6;
        int gapSeconds = 12;
        boolean dbRestart = false;
        boolean simulatorFaults = true;
        String killInstance = null;
        int duplicates = 0;
        boolean timerCheck = false;
        int timeLimitMinutes = 20;
        Path holdUntil = null;
        Path holdDbUntil = null;
        String urls = Stack.variable("PAYGRID_URL");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--kills" -> kills = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--gap-seconds" -> gapSeconds = Integer.parseInt(args[++i]);
                case "--db-restart" -> dbRestart = true;
                case "--no-simulator-faults" -> simulatorFaults = false;
                case "--urls" -> urls = args[++i];
                case "--kill-instance" -> killInstance = args[++i];
                case "--duplicates" -> duplicates = Integer.parseInt(args[++i]);
                case "--timer-check" -> timerCheck = true;
                case "--time-limit-minutes" -> timeLimitMinutes = Integer.parseInt(args[++i]);
                case "--hold-until" -> holdUntil = Path.of(args[++i]);
                case "--hold-db-until" -> holdDbUntil = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        CrashUnderLoad test = new CrashUnderLoad(List.of(urls.split(",")));
        Plan plan = new Plan(kills, killInstance, simulatorFaults, dbRestart, duplicates, timerCheck, holdUntil,
                holdDbUntil);
        watchdog(timeLimitMinutes);
        boolean passed = false;
        try {
            passed = test.run(plan, clients, gapSeconds);
        } catch (Throwable broken) {
            // a fault step that failed (a server that did not come back, say) ends the run: the load's and the
            // receiver's threads would otherwise keep this program alive
            System.out.println("  FAIL  the run broke off: " + broken);
            broken.printStackTrace(System.out);
            System.out.println("FAIL");
        }
        System.out.flush();
        System.exit(passed ? 0 : 1);
    }

    /** Ends the program, with every thread's stack, when the run takes longer than the limit: it never hangs. */
    static void watchdog(int minutes) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(minutes));
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("  FAIL  the run took longer than " + minutes + " minutes; where each thread was:");
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                System.out.println("    " + thread.getName());
                for (StackTraceElement frame : stack) {
                    System.out.println("      at " + frame);
                }
            });
            System.out.println("FAIL");
            System.out.flush();
            Runtime.getRuntime().halt(2);
        }, "watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** A step of the run, with the time since it started, so that a log shows where a run stood. */
    void step(String what) {
        System.out.printf("  [%4d s] %s%n", Duration.between(begun, Instant.now()).toSeconds(), what);
    }

    final Instant begun = Instant.now();

    CrashUnderLoad(List<String> urls) {
        this.urls = urls;
    }

    boolean run(Plan plan, int clients, int gapSeconds) throws Exception {
        Instant started = Instant.now().minusSeconds(1);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            if (id != null) {
                delivered.add(id);
                deliveries.incrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String endpoint = register("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        System.out.printf("run %s on %s: %d clients, %d server kills %d s apart%s%s%s%n", run, urls, clients,
                plan.kills(), gapSeconds, plan.killInstance() == null ? "" : ", a kill of " + plan.killInstance(),
                plan.simulatorFaults() ? ", simulator kill and slowness" : "",
                plan.dbRestart() ? ", MariaDB kill and restart" : "");
        Instant timersFrom = plan.timerCheck() ? forgetNightlyClaims() : null;
        if (plan.duplicates() > 0) {
            checkDuplicatesAcrossServers(plan.duplicates());
        }

        ExecutorService load = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            load.submit(() -> clientLoop(client));
        }
        try {
            if (plan.holdUntil() != null) {
                step("load running; the faults wait for " + plan.holdUntil());
                while (!Files.exists(plan.holdUntil())) {
                    Thread.sleep(100);
                }
                step("released after " + approvals.size() + " orders");
            } else {
                pause(gapSeconds);
            }
            for (int k = 1; k <= plan.kills(); k++) {
                step("server kill " + k);
                long down = killAndRestartServer();
                System.out.printf("  server kill %d: back after %.1f s (%d orders so far)%n", k, down / 1e3,
                        approvals.size());
                pause(gapSeconds);
            }
            if (plan.killInstance() != null) {
                killAnInstanceAndServeWithoutIt(plan.killInstance(), gapSeconds);
                pause(gapSeconds);
            }
            if (plan.simulatorFaults()) {
                step("simulator kill");
                long down = killAndRestartSimulator();
                System.out.printf("  simulator killed and back after %.1f s%n", down / 1e3);
                pause(gapSeconds);
                slowSimulator(gapSeconds);
            }
            if (plan.dbRestart()) {
                if (plan.holdDbUntil() != null) {
                    step("the MariaDB kill waits for " + plan.holdDbUntil());
                    while (!Files.exists(plan.holdDbUntil())) {
                        Thread.sleep(100);
                    }
                }
                int before = transientAnswers.getOrDefault("503", new AtomicInteger()).get();
                step("MariaDB kill");
                long down = killAndRestartDatabase();
                pause(gapSeconds);
                System.out.printf("  MariaDB killed and back after %.1f s; %d answers were 503 meanwhile%n", down / 1e3,
                        transientAnswers.getOrDefault("503", new AtomicInteger()).get() - before);
            }
            if (timersFrom != null) {
                // the nodes fire the nightly timer every minute: two minute marks after the claims went, every
                // node has fired at least once after one of them claimed the date (a killed node misses one)
                long wait = 125_000 - Duration.between(timersFrom, Instant.now()).toMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
            }
        } finally {
            loading.set(false);
            load.shutdown();
        }
        step("load stopping; waiting for orders still retrying");
        load.awaitTermination(1, TimeUnit.MINUTES);
        for (var order : placed) {
            try {
                order.get(10, TimeUnit.MINUTES);
            } catch (java.util.concurrent.TimeoutException e) {
                failures.add("an order still retrying after 10 minutes");
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add("an order broke off: " + e.getCause());
            }
        }
        orders.shutdown();
        System.out.printf("load stopped: %d orders, %d calls; transient answers %s, connection failures %d%n",
                approvals.size(), calls.size(), transientAnswers, connectionFailures.get());

        try (Connection db = connect(Stack.variable("PAYGRID_DB_URL")); Connection sim = connect(simulatorDbUrl())) {
            step("checking the books");
            settle(db);
            checkClientView(db);
            checkNetworkBooks(db, sim, started);
            checkLedger(db);
            checkEvents(db);
            checkReplays();
            if (timersFrom != null) {
                checkNightlyFiredOnce(db, timersFrom);
            }
        }
        send("DELETE", "/v1/webhooks/" + endpoint, null, null);
        receiver.stop(0);
        System.out.println(failures.isEmpty() ? "PASS" : "FAIL\n  " + String.join("\n  ", failures));
        return failures.isEmpty();
    }

    // --- load -------------------------------------------------------------------------------------------------

    /**
     * A client places an order, approves it and cancels part of it. An order whose call is interrupted goes on
     * retrying by itself while the client places the next one, so that the load stays steady through the faults.
     */
    void clientLoop(int client) {
        SplittableRandom random = new SplittableRandom(client);
        int n = 0;
        while (loading.get()) {
            long next = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PACE_MS);
            String orderId = run + "-" + client + "-" + n++;
            long amount = 1_000 + random.nextInt(99) * 1_000L;
            int cancels = random.nextInt(3);   // none, one or two partial cancels of a quarter each
            var order = orders.submit(() -> order(orderId, amount, cancels));
            placed.add(order);
            try {
                order.get(15, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException stillRetrying) {
                // on to the next order
            } catch (Exception e) {
                synchronized (failures) {
                    failures.add("order " + orderId + ": " + e);
                }
            }
            long early = next - System.nanoTime();
            if (early > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(early);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    Void order(String orderId, long amount, int cancels) throws Exception {
        Approval approval = new Approval(orderId, amount);
        approvals.put(orderId, approval);
        Call approve = post("/v1/payments/key-in", """
                {"orderId": "%s", "orderName": "crash test", "amount": %d, "cardNumber": "%s",
                 "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(orderId, amount, Cards.fresh()));
        approval.answeredStatus = approve.status() == 200 ? first(STATUS, approve.answer())
                : approve.status() + " " + first(CODE, approve.answer());
        if (approve.status() != 200) {
            return null;
        }
        approval.paymentKey = first(PAYMENT_KEY, approve.answer());
        for (int c = 0; c < cancels; c++) {
            Call cancel = post("/v1/payments/" + approval.paymentKey + "/cancel",
                    "{\"cancelReason\": \"crash test\", \"cancelAmount\": " + amount / 4 + "}");
            if (cancel.status() == 200) {
                approval.acknowledgedCancels.incrementAndGet();
                approval.acknowledgedCancelAmount += amount / 4;
            }
        }
        return null;
    }

    /**
     * Sends until an answer that the server stands by: not a refused or cut connection, not a 503, not a 409 while
     * the first request with the key is still in flight. Every other answer, 5xx included, is final for the key.
     */
    Call post(String path, String body) throws Exception {
        String key = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> answer = send("POST", path, key, body);
                boolean inFlight = answer.statusCode() == 409
                        && "IDEMPOTENT_REQUEST_PROCESSING".equals(first(CODE, answer.body()));
                // while the server starts, its listener answers before the application is loaded: a 404 or a
                // 5xx of the container's, not a problem of the application's
                boolean notLoaded = (answer.statusCode() == 404 || answer.statusCode() >= 500)
                        && !answer.body().startsWith("{");
                if (answer.statusCode() != 503 && !inFlight && !notLoaded) {
                    Call call = new Call(path, key, body, attempt, answer.statusCode(), answer.body());
                    calls.add(call);
                    if (answer.statusCode() == 500) {   // 502 and 504 are the network's answers, kept as such
                        synchronized (failures) {
                            failures.add("a final " + answer.statusCode() + " on " + path + ": " + answer.body());
                        }
                    }
                    return call;
                }
                transientAnswers.computeIfAbsent(answer.statusCode() + (notLoaded ? " (container)" : ""),
                        s -> new AtomicInteger()).incrementAndGet();
            } catch (java.io.IOException | InterruptedException refusedOrCut) {
                connectionFailures.incrementAndGet();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no answer for " + path + " within 6 minutes of retries");
            }
            Thread.sleep(Math.min(2_000, 250L * attempt));
        }
    }

    HttpResponse<String> send(String method, String path, String idempotencyKey, String body) throws Exception {
        String server = urls.get(Math.floorMod(turn.getAndIncrement(), urls.size()));
        return send(server, method, path, idempotencyKey, body);
    }

    HttpResponse<String> send(String server, String method, String path, String idempotencyKey, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", auth)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String register(String receiverUrl) throws Exception {
        HttpResponse<String> created = send("POST", "/v1/webhooks", null, "{\"url\": \"" + receiverUrl + "\"}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not register the webhook receiver: " + created.body());
        }
        return first(ID, created.body());
    }

    // --- faults -----------------------------------------------------------------------------------------------

    /** {@code kill -9} of the server, then {@code asadmin start-domain}; answers the time until the API answered. */
    long killAndRestartServer() throws Exception {
        Path domain = Path.of(Stack.variable("PAYGRID_DOMAIN_DIR"));
        long pid = PayaraDomain.pidOf(domain);
        long t0 = System.currentTimeMillis();
        kill(pid);
        exec(Stack.variable("PAYGRID_ASADMIN"), "start-domain", domain.getFileName().toString());
        awaitAnswer(urls.get(0) + "/v1/payments", 401, 180);
        return System.currentTimeMillis() - t0;
    }

    /** {@code kill -9} of the simulator, then the same command line again (Payara Micro with the WAR). */
    long killAndRestartSimulator() throws Exception {
        Path state = Path.of(Stack.variable("PAYGRID_STATE_DIR"));
        long pid = Long.parseLong(Files.readString(state.resolve("simulator.pid")).trim());
        long t0 = System.currentTimeMillis();
        String[] commandLine = commandLineOf(pid);
        kill(pid);
        Process restarted = detached(commandLine, state.resolve("simulator.log").toFile());
        Files.writeString(state.resolve("simulator.pid"), restarted.pid() + "\n");
        awaitAnswer(Stack.variable("PAYGRID_SIMULATOR_URL") + "/admin/faults", 200, 180);
        return System.currentTimeMillis() - t0;
    }

    /** The simulator answers later than the platform waits: attempts end unknown and are settled by inquiry. */
    void slowSimulator(int seconds) throws Exception {
        int latency = Integer.parseInt(System.getenv().getOrDefault("PAYGRID_SLOW_SIMULATOR_MS", "6000"));
        faults(latency);
        System.out.printf("  simulator answers after %d ms for %d s%n", latency, seconds);
        try {
            pause(seconds);
        } finally {
            faults(0);
        }
    }

    /**
     * Sets the simulator's faults. A simulator that has just come back may answer its first requests with an error
     * page while its application finishes starting: the change is retried for up to 30 s before the run fails.
     */
    void faults(int latencyMs) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        HttpResponse<String> changed;
        do {
            changed = http.send(HttpRequest.newBuilder(URI.create(Stack.variable("PAYGRID_SIMULATOR_URL")
                            + "/admin/faults")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"latencyMs\": " + latencyMs + ", \"failureRate\": 0}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (changed.statusCode() != 200) {
                Thread.sleep(500);
            }
        } while (changed.statusCode() != 200 && System.currentTimeMillis() < deadline);
        if (changed.statusCode() != 200) {
            throw new IllegalStateException("the simulator refused the faults with HTTP " + changed.statusCode() + ": "
                    + changed.body().substring(0, Math.min(300, changed.body().length())));
        }
    }

    /** {@code kill -9} of MariaDB (this machine's, as root), a few seconds down, then its own command line again. */
    long killAndRestartDatabase() throws Exception {
        long pid = ProcessHandle.allProcesses().filter(p -> !gone(p.pid()))
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no mariadbd process on this machine"))
                .pid();
        String[] commandLine = commandLineOf(pid);
        long t0 = System.currentTimeMillis();
        kill(pid);
        pause(3);
        detached(commandLine, new File("/dev/null"));
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            try (Connection ignored = connect(Stack.variable("PAYGRID_DB_URL"))) {
                break;
            } catch (java.sql.SQLException notYet) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("MariaDB did not come back within 120 s", notYet);
                }
                Thread.sleep(250);
            }
        }
        for (String server : urls) {
            awaitAnswer(server + "/health/ready", 200, 120);
        }
        return System.currentTimeMillis() - t0;
    }

    /**
     * {@code kill -9} of one instance of the deployment group; the others must go on serving while it is down
     * (orders answered meanwhile are counted), then {@code asadmin start-instance}.
     */
    void killAnInstanceAndServeWithoutIt(String instance, int seconds) throws Exception {
        Path domain = Path.of(Stack.variable("PAYGRID_DOMAIN_DIR"));
        Path node = domain.getParent().getParent().resolve("nodes/localhost-" + domain.getFileName() + "/" + instance);
        long pid = PayaraDomain.pidOf(node);
        kill(pid);
        int answeredBefore = calls.size();
        pause(seconds);
        int answeredWhileDown = calls.size() - answeredBefore;
        long t0 = System.currentTimeMillis();
        exec(Stack.variable("PAYGRID_ASADMIN"), "--port", Stack.variable("PAYGRID_ADMIN_PORT"), "start-instance", instance);
        for (String server : urls) {
            awaitAnswer(server + "/health/ready", 200, 240);
        }
        System.out.printf("  %s killed: %d calls answered by the others in %d s; back after %.1f s%n", instance,
                answeredWhileDown, seconds, (System.currentTimeMillis() - t0) / 1e3);
        check(answeredWhileDown > 0, "the other server kept serving while " + instance + " was down",
                "no call was answered in " + seconds + " s");
    }

    /** The same request, same key, sent at once to every server: one payment, one answer everywhere. */
    void checkDuplicatesAcrossServers(int orders) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(urls.size());
        int differing = 0;
        int stored = 0;
        for (int n = 0; n < orders; n++) {
            String orderId = run + "-dup-" + n;
            String key = UUID.randomUUID().toString();
            String body = """
                    {"orderId": "%s", "orderName": "duplicate", "amount": 12000, "cardNumber": "%s",
                     "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(orderId, Cards.fresh());
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (String server : urls) {
                answers.add(senders.submit(() -> finalAnswer(server, key, body)));
            }
            Set<String> distinct = new HashSet<>();
            for (var answer : answers) {
                distinct.add(answer.get(2, TimeUnit.MINUTES));
            }
            if (distinct.size() != 1) {
                differing++;
            }
        }
        senders.shutdown();
        try (Connection db = connect(Stack.variable("PAYGRID_DB_URL"))) {
            stored = (int) Sql.count(db, "select count(*) from pay_payment where order_id like ?", run + "-dup-%");
        }
        check(differing == 0 && stored == orders, orders + " requests sent with one key to " + urls.size()
                + " servers at once: one payment each and the same answer from every server", differing
                + " got different answers; " + stored + " payments stored");
    }

    /** Status and body a server stands by for this key (after any 409 while the first copy is in flight). */
    String finalAnswer(String server, String key, String body) throws Exception {
        for (int attempt = 1; attempt < 100; attempt++) {
            HttpResponse<String> answer = send(server, "POST", "/v1/payments/key-in", key, body);
            if (!(answer.statusCode() == 409 && "IDEMPOTENT_REQUEST_PROCESSING".equals(first(CODE, answer.body())))) {
                return answer.statusCode() + " " + answer.body();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("still in flight after 100 tries");
    }

    /** Lets the nightly timers claim recent dates again; answers when. */
    Instant forgetNightlyClaims() throws Exception {
        try (Connection db = connect(Stack.variable("PAYGRID_DB_URL"));
             PreparedStatement forget = db.prepareStatement("delete from sch_claim where job = 'nightly-settlement' "
                     + "and business_date >= current_date - interval 15 day")) {
            forget.executeUpdate();
        }
        nodeLogOffsets.clear();
        for (Path log : nodeLogs()) {
            nodeLogOffsets.put(log, Files.exists(log) ? Files.size(log) : 0L);
        }
        return Instant.now().minusSeconds(1);
    }

    final Map<Path, Long> nodeLogOffsets = new HashMap<>();

    List<Path> nodeLogs() throws Exception {
        Path domain = Path.of(Stack.variable("PAYGRID_DOMAIN_DIR"));
        Path nodes = domain.getParent().getParent().resolve("nodes/localhost-" + domain.getFileName());
        if (!Files.isDirectory(nodes)) {
            return List.of();
        }
        try (var instances = Files.list(nodes)) {
            return instances.map(i -> i.resolve("logs/server.log")).filter(Files::exists).toList();
        }
    }

    /**
     * Every node fires the nightly timer (every minute in the two-node setup): the date is settled by exactly one
     * run, started by one node, while the others' fires found it claimed.
     */
    void checkNightlyFiredOnce(Connection db, Instant from) throws Exception {
        long claims = Sql.count(db, "select count(*) from sch_claim where job = 'nightly-settlement' and claimed_at >= ?",
                Timestamp.from(from).toString());
        long runs = Sql.count(db, "select count(*) from stl_run where requested_by = 'scheduler' and requested_at >= ?",
                Timestamp.from(from).toString());
        int started = 0;
        int skipped = 0;
        for (var entry : nodeLogOffsets.entrySet()) {
            byte[] all = Files.readAllBytes(entry.getKey());
            // a restarted instance starts a new log: then all of it is new
            int start = all.length < entry.getValue() ? 0 : entry.getValue().intValue();
            String since = new String(all, start, all.length - start, StandardCharsets.UTF_8);
            started += count(since, "nightly settlement of .* started as run");
            skipped += count(since, "nightly settlement of .* already claimed");
        }
        check(claims == 1 && runs == 1 && started == 1 && skipped >= 1, "the nightly timer fired on every node ("
                + (started + skipped) + " fires) and settled the date once", claims + " claims, " + runs
                + " runs, " + started + " started and " + skipped + " skipped in the nodes' logs");
    }

    static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    static String[] commandLineOf(long pid) throws Exception {
        String raw = Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.UTF_8);
        return raw.split("\0");
    }

    static void kill(long pid) throws Exception {
        exec("kill", "-9", String.valueOf(pid));
        while (!gone(pid)) {
            Thread.sleep(50);
        }
    }

    /**
     * Dead, even if nobody reaped it yet: a killed process whose parent exited stays a zombie until the init
     * process reaps it, which some containers' init never does, and {@link ProcessHandle#isAlive()} counts a
     * zombie as alive. A zombie holds no port and no file, so it is as good as gone.
     */
    static boolean gone(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.UTF_8);
            char state = stat.charAt(stat.lastIndexOf(')') + 2);   // the name in parentheses may hold spaces
            return state == 'Z' || state == 'X';
        } catch (java.io.IOException noSuchProcess) {
            return true;
        }
    }

    /** Started in its own session, so that it outlives this program, with its output appended to {@code log}. */
    static Process detached(String[] commandLine, File log) throws Exception {
        List<String> command = new ArrayList<>(List.of("setsid"));
        command.addAll(List.of(commandLine));
        return new ProcessBuilder(command).redirectInput(new File("/dev/null"))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).redirectErrorStream(true).start();
    }

    static void exec(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    void awaitAnswer(String address, int status, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == status) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(address + " did not answer " + status + " within " + seconds + " s");
    }

    // --- checks -----------------------------------------------------------------------------------------------

    /** Waits until the reconciler settled every open outcome and every cancel reached the network. */
    void settle(Connection db) throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        long open;
        do {
            open = Sql.count(db, "select count(*) from pay_payment p where p.order_id like ? and (p.status = 'IN_PROGRESS' "
                    + "or exists (select 1 from pay_transaction c where c.payment_key = p.payment_key "
                    + "and c.status in ('PENDING', 'UNKNOWN')))", run + "-%");
            if (open > 0) {
                Thread.sleep(1_000);
            }
        } while (open > 0 && System.currentTimeMillis() < deadline);
        check(open == 0, "every open outcome and cancel settled by the reconciler", open + " still open after 180 s");
    }

    void checkClientView(Connection db) throws Exception {
        Map<String, long[]> stored = new HashMap<>();   // orderId -> balance, cancel count
        Map<String, String> keys = new HashMap<>();
        Map<String, String> statuses = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("select p.order_id, p.payment_key, p.status, p.balance_amount, "
                + "(select count(*) from pay_transaction c where c.payment_key = p.payment_key and c.kind = 'CANCEL') "
                + "from pay_payment p "
                + "where p.order_id like ?")) {
            query.setString(1, run + "-%");
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    stored.put(row.getString(1), new long[] {row.getLong(4), row.getLong(5)});
                    keys.put(row.getString(1), row.getString(2));
                    statuses.put(row.getString(1), row.getString(3));
                }
            }
        }
        int done = 0;
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> answers = new HashMap<>();
        for (Approval approval : approvals.values()) {
            answers.merge(String.valueOf(approval.answeredStatus), 1, Integer::sum);
            if (!"DONE".equals(approval.answeredStatus)) {
                continue;
            }
            done++;
            long[] row = stored.get(approval.orderId);
            String status = statuses.get(approval.orderId);
            if (row == null || !approval.paymentKey.equals(keys.get(approval.orderId))) {
                wrong.add(approval.orderId + " answered DONE but not stored as " + approval.paymentKey);
            } else if (!List.of("DONE", "PARTIAL_CANCELED").contains(status)
                    || row[0] != approval.amount - approval.acknowledgedCancelAmount
                    || row[1] != approval.acknowledgedCancels.get()) {
                wrong.add(approval.orderId + ": " + status + ", balance " + row[0] + ", " + row[1] + " cancels; the client "
                        + "saw " + approval.amount + " less " + approval.acknowledgedCancels + " cancels");
            }
        }
        System.out.printf("answers to the key-ins: %s%n", answers);
        check(wrong.isEmpty() && done > 0, done + " payments answered DONE are stored approved, with exactly the "
                + "cancels acknowledged", String.join("; ", wrong.subList(0, Math.min(5, wrong.size()))));
    }

    /** The network's books of the run against the platform's: one approval per payment, same amounts, same cancels. */
    void checkNetworkBooks(Connection db, Connection sim, Instant started) throws Exception {
        Map<String, long[]> platform = new HashMap<>();   // network reference -> amount, canceled
        try (PreparedStatement query = db.prepareStatement("select network_reference, total_amount, "
                + "total_amount - balance_amount from pay_payment where order_id like ? and status in "
                + "('DONE', 'PARTIAL_CANCELED', 'CANCELED')")) {
            query.setString(1, run + "-%");
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    platform.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)});
                }
            }
        }
        Map<String, long[]> network = new HashMap<>();
        // approvals only: declines and reversals (attempts the platform gave up on) carry no approval number
        try (PreparedStatement query = sim.prepareStatement("select a.reference, a.amount, "
                + "(select coalesce(sum(c.amount), 0) from sim_card_cancel c where c.reference = a.reference) "
                + "from sim_card_authorization a where a.created_at >= ? and a.approve_no is not null")) {
            query.setTimestamp(1, Timestamp.from(started));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    network.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)});
                }
            }
        }
        // the network also approved other merchants' payments meanwhile (a restarted server's warm-up): not this run's
        try (PreparedStatement query = db.prepareStatement("select network_reference from pay_payment where "
                + "order_id not like ? and network_reference is not null and requested_at >= ?")) {
            query.setString(1, run + "-%");
            query.setTimestamp(2, Timestamp.from(started));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    network.remove(row.getString(1));
                }
            }
        }
        Set<String> differ = new HashSet<>();
        for (var entry : network.entrySet()) {
            long[] ours = platform.get(entry.getKey());
            if (ours == null || ours[0] != entry.getValue()[0] || ours[1] != entry.getValue()[1]) {
                differ.add(entry.getKey());
            }
        }
        for (String reference : platform.keySet()) {
            if (!network.containsKey(reference)) {
                differ.add(reference);
            }
        }
        long orders = Sql.count(db, "select count(distinct order_id) from pay_payment where order_id like ?", run + "-%");
        long payments = Sql.count(db, "select count(*) from pay_payment where order_id like ?", run + "-%");
        check(differ.isEmpty() && orders == payments && !network.isEmpty(), network.size() + " approvals at the network, "
                + "each one payment of the platform with the same amount and cancels (" + payments + " payments for "
                + orders + " orders)", "differ: " + differ);
    }

    void checkLedger(Connection db) throws Exception {
        long imbalance = Books.ledgerImbalance(db);
        long missing = Sql.count(db, "select count(*) from pay_payment p where p.order_id like ? and p.status in "
                + "('DONE', 'PARTIAL_CANCELED', 'CANCELED') and (select count(*) from ldg_journal_entry e "
                + "join pay_transaction t on t.transaction_key = e.transaction_key "
                + "where t.sale_of = p.payment_key and e.reference like 'approval:%') <> 1", run + "-%");
        long cancelsWithoutEntry = Sql.count(db, "select count(*) from pay_transaction c join pay_payment p "
                + "on p.payment_key = c.payment_key where c.kind = 'CANCEL' and p.order_id like ? "
                + "and (select count(*) from ldg_journal_entry e "
                + "where e.reference = concat('cancel:', c.transaction_key)) <> 1", run + "-%");
        check(imbalance == 0 && missing == 0 && cancelsWithoutEntry == 0, "the ledger balances; every approval and "
                + "cancel has exactly one journal entry", "imbalance " + imbalance + ", approvals without one entry "
                + missing + ", cancels without one entry " + cancelsWithoutEntry);
    }

    /** Every event of the run's payments reaches the receiver at least once (the dispatcher's lease may delay it). */
    void checkEvents(Connection db) throws Exception {
        Set<String> events = new HashSet<>();
        long deadline = System.currentTimeMillis() + 240_000;
        Set<String> missing;
        do {
            events.clear();
            try (PreparedStatement query = db.prepareStatement("select e.id from evt_event e join pay_payment p "
                    + "on p.payment_key = e.ordering_key where p.order_id like ?")) {
                query.setString(1, run + "-%");
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        events.add(row.getString(1));
                    }
                }
            }
            missing = new HashSet<>(events);
            missing.removeAll(delivered);
            if (!missing.isEmpty()) {
                Thread.sleep(2_000);
            }
        } while (!missing.isEmpty() && System.currentTimeMillis() < deadline);
        check(missing.isEmpty() && !events.isEmpty(), events.size() + " events delivered at least once ("
                + deliveries.get() + " deliveries)", missing.size() + " never arrived, e.g. "
                + missing.stream().limit(3).toList());
    }

    /** Every call that needed retries, sent once more with its key, answers its one answer again, byte for byte. */
    void checkReplays() throws Exception {
        int interrupted = 0;
        List<String> differ = new ArrayList<>();
        for (Call call : calls) {
            if (call.attempts() == 1) {
                continue;
            }
            interrupted++;
            HttpResponse<String> again;
            try {
                again = send("POST", call.path(), call.idempotencyKey(), call.body());
            } catch (java.net.http.HttpTimeoutException noAnswer) {
                differ.add(call.path() + " " + call.status() + " then no answer in 30 s");
                printWhatTheServerIsDoing();
                continue;
            }
            if (again.statusCode() != call.status() || !again.body().equals(call.answer())) {
                differ.add(call.path() + " " + call.status() + " then " + again.statusCode());
            }
        }
        check(differ.isEmpty(), interrupted + " interrupted calls replay their one answer", String.join("; ", differ));
    }

    /**
     * A call that got no answer: the server's threads and the database's open transactions and lock waits, printed
     * for whoever reads the failure (a replay hung 30 s once, in CI, and its cause was gone by the time anyone looked).
     */
    void printWhatTheServerIsDoing() {
        try {
            long pid = PayaraDomain.pidOf(Path.of(Stack.variable("PAYGRID_DOMAIN_DIR")));
            Process dump = new ProcessBuilder("jcmd", String.valueOf(pid), "Thread.print").redirectErrorStream(true).start();
            String threads = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            dump.waitFor();
            System.out.println("the server's threads that run Paygrid's code or wait in the database driver:");
            for (String thread : threads.split("\n\n")) {
                if (thread.contains("org.paygrid") || thread.contains("org.mariadb")) {
                    System.out.println(thread);
                }
            }
            try (Connection db = connect(Stack.variable("PAYGRID_DB_URL")); Statement query = db.createStatement();
                 ResultSet row = query.executeQuery("select trx_id, trx_state, trx_started, trx_mysql_thread_id, "
                         + "trx_query, trx_rows_locked from information_schema.innodb_trx")) {
                System.out.println("the database's open transactions:");
                while (row.next()) {
                    System.out.printf("  %s %s since %s, connection %s, %s rows locked: %s%n", row.getString(1),
                            row.getString(2), row.getString(3), row.getString(4), row.getString(6), row.getString(5));
                }
            }
        } catch (Exception cannotTell) {
            System.out.println("could not look at the server: " + cannotTell);
        }
    }

    void check(boolean holds, String what, String otherwise) {
        System.out.println((holds ? "  ok    " : "  FAIL  ") + what + (holds ? "" : ": " + otherwise));
        if (!holds) {
            failures.add(what + ": " + otherwise);
        }
    }

    // --- plumbing ---------------------------------------------------------------------------------------------

    static String simulatorDbUrl() {
        String explicit = System.getenv("PAYGRID_SIMULATOR_DB_URL");
        return explicit != null ? explicit : Stack.variable("PAYGRID_DB_URL").replaceFirst("(/[A-Za-z0-9_]+)(\\?|$)", "$1_sim$2");
    }

    static Connection connect(String jdbcUrl) throws Exception {
        return DriverManager.getConnection(jdbcUrl, Stack.variable("PAYGRID_DB_USER"), Stack.variable("PAYGRID_DB_PASSWORD"));
    }

    static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    static void pause(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
    }
}
