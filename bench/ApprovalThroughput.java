import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import org.paygrid.testkit.Cards;
import org.paygrid.testkit.FraudRules;
import org.paygrid.testkit.PayaraDomain;
import org.paygrid.testkit.ProcessCpu;
import org.paygrid.testkit.Stack;
import org.paygrid.testkit.Http;

/**
 * Key-in approvals at rising concurrency (1, 8, 32, 64 clients, each for a fixed time) against the raw rate of
 * single-row durable INSERT transactions into the same MariaDB at the same concurrency (plain JDBC, autocommit):
 * approvals/s, latency percentiles, errors, and the ratio to the database's own floor; then the read path
 * (a payment by its key) at the same concurrencies; last, approvals offered at a fixed rate of half the best
 * level's rate (an open model: each call's latency counts from when it was due, so a stall is not hidden by
 * clients that wait), the load at which the issue asks for p99 under 50 ms. Fraud detection's cost: each level again,
 * in three alternating rounds with the default rules and with every rule switched off (the screen still runs and
 * records each charge; what is off is the rules' work: velocity counters, lists, sandbox cards).
 * Each level also shows the CPU each process spent per approval (Payara, simulator, MariaDB, this client; from
 * /proc), after a warm-up it states (default 10,000 approvals at 8 clients, the rate shown per 2,000 so that one
 * sees it has settled). {@code --cold}: the Payara domain restarted, and the same figures for the first 2,000
 * approvals counted from the moment it says ready (health ready and the API answering), nothing else.
 * Run: ./bench/approvals [--warm N] [--cold] [seconds per level] [levels...]  (after ./paygrid up)
 */
public class ApprovalThroughput {

    public static void main(String[] arguments) throws Exception {
        List<String> args = new ArrayList<>(List.of(arguments));
        int warm = 10_000;
        int at = args.indexOf("--warm");
        if (at >= 0) {
            warm = Integer.parseInt(args.remove(at + 1));
            args.remove(at);
        }
        boolean cold = args.remove("--cold");
        int seconds = !args.isEmpty() ? Integer.parseInt(args.get(0)) : 15;
        int[] levels = args.size() > 1 ? args.stream().skip(1).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 8, 32, 64};
        String url = Stack.paygridUrl();
        String auth = "Basic " + Base64.getEncoder().encodeToString((Stack.variable("PAYGRID_SECRET_KEY") + ":")
                .getBytes(StandardCharsets.UTF_8));
        HttpClient client = Http.client().executor(Executors.newFixedThreadPool(64)).build();
        if (cold) {
            cold(client, url, auth);
            System.exit(0);
        }
        try (Connection db = connect(); Statement s = db.createStatement()) {
            s.executeUpdate("create table if not exists bench_raw_insert (id bigint auto_increment primary key, "
                    + "payload varchar(64) not null, created_at datetime(6) not null) engine=InnoDB");
        }
        List<String> keys = java.util.Collections.synchronizedList(new ArrayList<>());
        run(1, 3, i -> approve(client, url, auth, keys));   // payments for the read path below
        System.out.printf("warm-up: %,d approvals at 8 clients%n", warm);
        for (int done = 0; done < warm; done += 2_000) {
            Result round = runCount(8, Math.min(2_000, warm - done), i -> call(client, url, auth));
            System.out.printf("  %,6d: %.0f approvals/s%n", done + Math.min(2_000, warm - done), round.rate());
        }
        ProcessCpu cpu = new ProcessCpu();
        System.out.printf("%n%-8s %12s %8s %8s %8s %7s %14s %7s   %s%n", "clients", "approvals/s", "p50 ms", "p95 ms",
                "p99 ms", "errors", "raw inserts/s", "ratio", "CPU ms per approval: payara simulator mariadb client");
        List<Result> reads = new ArrayList<>();
        double peak = 0;
        Map<Integer, Map<String, Double>> statements = new java.util.LinkedHashMap<>();
        for (int level : levels) {
            Map<String, Long> before = cpu.millis();
            Map<String, Long> statusBefore = statementCounts();
            Result approvals = run(level, seconds, i -> call(client, url, auth));
            Map<String, Double> per = ProcessCpu.perCall(before, cpu.millis(), approvals.nanos().length);
            statements.put(level, perApproval(statusBefore, statementCounts(), approvals.nanos().length));
            peak = Math.max(peak, approvals.rate());
            Result raw = runRaw(level, seconds);
            System.out.printf("%-8d %12.0f %8.1f %8.1f %8.1f %7d %14.0f %6.1f%%   %s%n", level, approvals.rate(),
                    approvals.p(0.50), approvals.p(0.95), approvals.p(0.99), approvals.errors(), raw.rate(),
                    100 * approvals.rate() / raw.rate(), cpuLine(per));
            reads.add(run(level, seconds, i -> read(client, url, auth, keys.get(i % keys.size()))));
        }
        // what MariaDB was asked per approval (its Com_ counters, the whole server: nothing else runs)
        System.out.printf("%n%-8s %s%n", "clients", "statements per approval (MariaDB Com_* counters)");
        for (var level : statements.entrySet()) {
            StringBuilder line = new StringBuilder();
            level.getValue().forEach((name, n) -> line.append(String.format("%s %.1f  ", name, n)));
            System.out.printf("%-8d %s%n", level.getKey(), line);
        }
        // the read path: GET /v1/payments/{paymentKey} of payments approved above, at the same concurrencies
        System.out.printf("%n%-8s %12s %8s %8s %8s %7s%n", "clients", "reads/s", "p50 ms", "p95 ms", "p99 ms", "errors");
        for (int l = 0; l < levels.length; l++) {
            Result r = reads.get(l);
            System.out.printf("%-8d %12.0f %8.1f %8.1f %8.1f %7d%n", levels[l], r.rate(), r.p(0.50), r.p(0.95),
                    r.p(0.99), r.errors());
        }
        // fraud detection on and off in the same run: each level in three rounds of a third of the time with the
        // default rules and a third with every rule off, so that a drift of the machine weighs on both alike
        System.out.printf("%n%-8s %12s %12s %8s %10s %10s %8s%n", "clients", "FDS on /s", "FDS off /s", "change",
                "p50 on", "p50 off", "p50 +ms");
        int third = Math.max(1, seconds / 3);
        for (int level : levels) {
            List<Result> on = new ArrayList<>();
            List<Result> off = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                on.add(run(level, third, i -> call(client, url, auth)));
                try (FraudRules rules = FraudRules.allOff()) {
                    off.add(run(level, third, i -> call(client, url, auth)));
                }
            }
            Result withRules = Result.merged(on);
            Result without = Result.merged(off);
            System.out.printf("%-8d %12.0f %12.0f %7.1f%% %10.2f %10.2f %8.2f%n", level, withRules.rate(),
                    without.rate(), 100 * (withRules.rate() - without.rate()) / without.rate(), withRules.p(0.50),
                    without.p(0.50), withRules.p(0.50) - without.p(0.50));
        }
        Result half = runAtRate(peak / 2, seconds, i -> call(client, url, auth));
        System.out.printf("%nhalf of peak: %.0f approvals/s offered, %.0f/s done; p50 %.1f ms, p95 %.1f ms, "
                + "p99 %.1f ms; %d errors%n", peak / 2, half.rate(), half.p(0.50), half.p(0.95), half.p(0.99),
                half.errors());
        try (Connection db = connect(); Statement s = db.createStatement()) {
            s.executeUpdate("drop table bench_raw_insert");
        }
        System.exit(0);
    }

    interface Call {
        boolean run(int i) throws Exception;
    }

    static String cpuLine(Map<String, Double> per) {
        double total = per.values().stream().mapToDouble(Double::doubleValue).sum();
        return String.format("%6.2f %6.2f %6.2f %6.2f  (total %.2f)", per.get("payara"), per.get("simulator"),
                per.get("mariadb"), per.get("client"), total);
    }

    /**
     * The cold figures: Payara's domain restarted by asadmin, the clock started when it says ready, then the first
     * 2,000 approvals at 8 clients, their rate, latencies and each process's CPU per approval.
     */
    static void cold(HttpClient client, String url, String auth) throws Exception {
        System.out.printf("cold: ready %.1f s after asadmin returned%n", PayaraDomain.restart());
        ProcessCpu cpu = new ProcessCpu();
        Map<String, Long> before = cpu.millis();
        Result first = runCount(8, 2_000, i -> call(client, url, auth));
        Map<String, Double> per = ProcessCpu.perCall(before, cpu.millis(), first.nanos().length);
        System.out.printf("first 2,000 approvals at 8 clients: %.0f/s, p50 %.1f ms, p99 %.1f ms, %d errors%n",
                first.rate(), first.p(0.50), first.p(0.99), first.errors());
        System.out.printf("CPU ms per approval: payara simulator mariadb client%n%s%n", cpuLine(per));
    }

    /** {@code clients} threads make {@code count} calls between them. */
    static Result runCount(int clients, int count, Call call) throws Exception {
        return runWhile(clients, i -> i < count, call);
    }

    record Result(double rate, long[] nanos, int errors) {
        /** Several runs as one: their calls and errors together, the rate over their summed time. */
        static Result merged(List<Result> runs) {
            double seconds = runs.stream().mapToDouble(r -> r.nanos().length / r.rate()).sum();
            long[] all = runs.stream().flatMapToLong(r -> Arrays.stream(r.nanos())).sorted().toArray();
            return new Result(all.length / seconds, all, runs.stream().mapToInt(Result::errors).sum());
        }

        double p(double q) {
            return nanos.length == 0 ? 0 : nanos[(int) Math.min(nanos.length - 1, Math.ceil(q * nanos.length) - 1)] / 1e6;
        }
    }

    /** {@code clients} threads call in a loop for {@code seconds}; every call's latency is kept. */
    static Result run(int clients, int seconds, Call call) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        return runWhile(clients, i -> System.nanoTime() < end, call);
    }

    /** {@code clients} threads take call numbers 0, 1, 2... between them while {@code more} holds for the next. */
    static Result runWhile(int clients, java.util.function.IntPredicate more, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Future<List<Long>>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                for (int i = next.getAndIncrement(); more.test(i); i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.run(i);
                    } catch (Exception e) {
                        ok = false;
                    }
                    mine.add(System.nanoTime() - t0);
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] nanos = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(nanos.length / elapsed, nanos, errors.get());
    }

    /**
     * Calls due at a fixed rate for {@code seconds}, each on its own thread of a large pool; a call's latency runs
     * from the moment it was due, not from when a thread got to it.
     */
    static Result runAtRate(double perSecond, int seconds, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(256);
        long interval = (long) (1_000_000_000L / perSecond);
        int count = (int) (perSecond * seconds);
        AtomicInteger errors = new AtomicInteger();
        List<Future<Long>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = started + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int n = i;
            futures.add(pool.submit(() -> {
                boolean ok;
                try {
                    ok = call.run(n);
                } catch (Exception e) {
                    ok = false;
                }
                if (!ok) {
                    errors.incrementAndGet();
                }
                return System.nanoTime() - due;
            }));
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            nanos[i] = futures.get(i).get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Arrays.sort(nanos);
        return new Result(count / elapsed, nanos, errors.get());
    }

    /** The floor's twin: one durable single-row INSERT per transaction, one connection per client. */
    static Result runRaw(int clients, int seconds) throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            connections.add(connect());
        }
        ThreadLocal<PreparedStatement> statement = new ThreadLocal<>();
        AtomicInteger next = new AtomicInteger();
        try {
            return run(clients, seconds, i -> {
                if (statement.get() == null) {
                    statement.set(connections.get(next.getAndIncrement()).prepareStatement(
                            "insert into bench_raw_insert (payload, created_at) values (?, utc_timestamp(6))"));
                }
                statement.get().setString(1, UUID.randomUUID().toString());
                return statement.get().executeUpdate() == 1;
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    static boolean call(HttpClient client, String url, String auth) throws Exception {
        String body = """
                {"orderId": "tp-%s", "orderName": "bench", "amount": 15000, "cardNumber": "%s",
                 "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(UUID.randomUUID(), Cards.fresh());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/v1/payments/key-in"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /** An approval whose payment key is kept for the read path. */
    static boolean approve(HttpClient client, String url, String auth, List<String> keys) throws Exception {
        String body = """
                {"orderId": "tp-%s", "orderName": "bench", "amount": 15000, "cardNumber": "%s",
                 "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(UUID.randomUUID(), Cards.fresh());
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url + "/v1/payments/key-in"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("\"paymentKey\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(answer.body());
        if (answer.statusCode() == 200 && key.find()) {
            keys.add(key.group(1));
            return true;
        }
        return false;
    }

    static boolean read(HttpClient client, String url, String auth, String paymentKey) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/v1/payments/" + paymentKey))
                .header("Authorization", auth).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /** The MariaDB server's statement counters that tell an approval's work apart. */
    static Map<String, Long> statementCounts() throws Exception {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        try (Connection db = connect(); Statement s = db.createStatement();
             var rows = s.executeQuery("show global status where Variable_name in ('Questions', 'Com_select', "
                     + "'Com_insert', 'Com_update', 'Com_delete', 'Com_set_option', 'Com_commit', 'Com_rollback', "
                     + "'Com_admin_commands', 'Com_stmt_prepare', 'Com_stmt_execute', 'Com_stmt_close')")) {
            while (rows.next()) {
                counts.put(rows.getString(1).replace("Com_", "").toLowerCase(), rows.getLong(2));
            }
        }
        return counts;
    }

    static Map<String, Double> perApproval(Map<String, Long> before, Map<String, Long> after, long approvals) {
        Map<String, Double> per = new java.util.LinkedHashMap<>();
        after.forEach((name, n) -> per.put(name, (n - before.getOrDefault(name, 0L)) / (double) Math.max(1, approvals)));
        return per;
    }

    static Connection connect() throws Exception {
        return Stack.database();
    }

}
