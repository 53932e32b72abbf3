package org.paygrid.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.paygrid.support.TestMerchant.staff;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;
import org.paygrid.testkit.Cards;
import org.paygrid.testkit.PayaraDomain;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@code kill -9} of the server in the middle of work under a steady load, then a restart: nothing acknowledged is
 * lost, nothing is done twice. A card approval in flight at the network is settled by the reconciler to what the
 * network did and its webhook still arrives; a webhook delivery cut off by the crash is sent again with the same
 * webhook-id; a settlement run killed mid-way resumes by itself from its partitions' checkpoints to exactly the
 * uninterrupted totals, and running the date again adds nothing. All three are in flight at one kill, beside the
 * load of the crash script ({@code bench/crash}: key-ins, partial cancels and webhook deliveries, each call retried
 * with its idempotency key); a restart costs the build machine about 25 s, and the recoveries then run side by side,
 * as they would after a real crash. Then the same load goes on through the script's own faults (the simulator
 * killed, then slower than the read timeout, while the settlement run's totals are checked; then MariaDB killed),
 * and its books are checked.
 */
@PaygridIT
@Isolated("it kills the server, the simulator and MariaDB every other class talks to")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final int MERCHANTS = 40;
    private static final int TRANSACTIONS = 60_000;
    private static final LocalDate RUN_DATE = LocalDate.of(2020, 2, 3);
    private static final String PREFIX = "mer_crash_" + UUID.randomUUID().toString().substring(0, 6) + "_";

    private static final Set<String> deliveredPayments = ConcurrentHashMap.newKeySet();
    private static final List<String> attempts = new CopyOnWriteArrayList<>();
    private static final CountDownLatch serverKilled = new CountDownLatch(1);
    private static HttpServer approvalReceiver;
    private static HttpServer slowReceiver;

    private static TestMerchant approvalShop;
    private static String approvalOrderId;
    private static CompletableFuture<Integer> approvalAnswer;
    private static long run;
    private static long interruptedExecution;
    private static long linesAtKill;
    private static TestMerchant loadShop;
    private static CrashScript load;

    /**
     * Sets the three situations up, in the order in which they can wait: the delivery's first attempt hangs until
     * the kill, the settlement run is then started (killed once it has written lines), and last the slow card, whose
     * network answer comes 4 s after the network booked it: the kill falls in between.
     */
    @BeforeAll
    static void killTheServerWithWorkInFlight() throws Exception {
        insertTransactions(PREFIX, MERCHANTS, TRANSACTIONS, RUN_DATE);
        loadShop = TestMerchant.create("Crash Load Shop");
        load = CrashScript.start(loadShop, 4, "--kills", "0", "--gap-seconds", "3", "--db-restart");
        await("the crash script's load").atMost(Duration.ofSeconds(60)).until(load::loading);
        startReceivers();

        TestMerchant webhookShop = TestMerchant.create("Crash Webhook Shop");
        webhookShop.api().body("{\"url\": \"http://127.0.0.1:9393/slow\"}").post("/v1/webhooks").then().statusCode(201);
        webhookShop.api().body("""
                {"orderId": "crash-wh-%s", "orderName": "crash", "amount": 5100, "cardNumber": "4330123456789018",
                 "cardExpirationYear": "30", "cardExpirationMonth": "12"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 12)))
                .post("/v1/payments/key-in").then().statusCode(200);
        await("the delivery's first attempt reaches the receiver").atMost(Duration.ofSeconds(20))
                .until(() -> !attempts.isEmpty());
        assertThat(attempts).hasSize(1);

        approvalShop = TestMerchant.create("Crash Shop");
        approvalShop.api().body("{\"url\": \"http://127.0.0.1:9392/crash\"}").post("/v1/webhooks").then().statusCode(201);

        run = staff(TestStack.opsToken()).body("{\"date\": \"" + RUN_DATE + "\"}").post("/v1/admin/settlements/runs")
                .then().statusCode(200).extract().jsonPath().getLong("runId");
        await("the run's first lines").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> count("select count(*) from stl_line where run_id = " + run) > 0);
        interruptedExecution = count("select execution_id from stl_run where id = " + run);

        approvalOrderId = "crash-" + UUID.randomUUID().toString().substring(0, 12);
        approvalAnswer = CompletableFuture.supplyAsync(() -> approvalShop.api().body("""
                {"orderId": "%s", "orderName": "crash", "amount": 7700, "cardNumber": "%s",
                 "cardExpirationYear": "30", "cardExpirationMonth": "12"}""".formatted(approvalOrderId, Cards.SLOW))
                .post("/v1/payments/key-in").statusCode());
        await("the network holds the authorization").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .ignoreExceptions()
                .until(() -> given().baseUri(TestStack.simulatorUrl())
                        .get("/card/authorizations/" + referenceOfOrder(approvalOrderId)).statusCode() == 200);

        killServer();
        serverKilled.countDown();
        linesAtKill = count("select count(*) from stl_line where merchant_id like '" + PREFIX + "%'");
        System.out.printf("server killed with %d of the run's %d lines written%n", linesAtKill, TRANSACTIONS);
        startServer();
    }

    private static void startReceivers() throws Exception {
        approvalReceiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 9392), 16);
        approvalReceiver.createContext("/crash", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var key = java.util.regex.Pattern.compile("\"paymentKey\":\"(pay_[A-Za-z0-9]+)\"").matcher(body);
            if (key.find() && body.contains("\"status\":\"DONE\"")) {
                deliveredPayments.add(key.group(1));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        approvalReceiver.start();
        slowReceiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 9393), 16);
        slowReceiver.setExecutor(Executors.newFixedThreadPool(4));
        slowReceiver.createContext("/slow", exchange -> {
            attempts.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            exchange.getRequestBody().readAllBytes();
            if (attempts.size() == 1) {
                try {
                    // the first attempt hangs: the server dies while waiting for it
                    serverKilled.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                exchange.sendResponseHeaders(204, -1);
            } catch (java.io.IOException senderGone) {
                // the server that sent it was killed
            }
            exchange.close();
        });
        slowReceiver.start();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (load != null) {
            load.stop();
        }
        serverKilled.countDown();
        if (approvalReceiver != null) {
            approvalReceiver.stop(0);
        }
        if (slowReceiver != null) {
            slowReceiver.stop(0);
        }
        removeWrittenStraightIntoTheDatabase(PREFIX);
    }

    @Test
    @Order(1)
    void aCardApprovalInFlightWhenTheServerDiesIsSettledAndItsEventDelivered() throws Exception {
        Integer answered = approvalAnswer.handle((status, failure) -> status).get(30, TimeUnit.SECONDS);
        assertThat(java.util.Objects.equals(answered, 200)).as("the caller got no approval from the dead server").isFalse();

        String paymentKey = approvalShop.api().get("/v1/payments/orders/" + approvalOrderId).then().statusCode(200)
                .extract().path("paymentKey");
        String status = awaitStatus(approvalShop, paymentKey, "DONE", 90);
        assertThat(status).isEqualTo("DONE");   // the network approved it: the platform must say so, not ABORTED
        JsonPath network = given().baseUri(TestStack.simulatorUrl())
                .get("/card/authorizations/" + reference(paymentKey)).then().statusCode(200).extract().jsonPath();
        assertThat(network.getString("status")).isEqualTo("APPROVED");
        assertThat(count("select count(*) from ldg_journal_entry e join pay_transaction t "
                + "on t.transaction_key = e.transaction_key where e.reference like 'approval:%' and t.sale_of = '"
                + paymentKey + "'"))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveredPayments.contains(paymentKey));
        assertThat(count("select coalesce(sum(case when side = 'DEBIT' then amount_minor else -amount_minor end), 0) "
                + "from ldg_posting")).isZero();
    }

    @Test
    @Order(2)
    void aWebhookDeliveryCutOffByTheCrashIsSentAgainAfterTheRestart() {
        // the dead server's lease (30 s in the test stack) runs out first
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500))
                .until(() -> attempts.size() >= 2);
        assertThat(attempts).as("sent again after the restart, with the same webhook-id").hasSizeGreaterThanOrEqualTo(2);
        assertThat(attempts.get(1)).isEqualTo(attempts.get(0));
    }

    @Test
    @Order(3)
    void aSettlementRunKilledMidwayResumesFromItsCheckpointsToTheUninterruptedTotals() throws Exception {
        // settlement needs only the database: the network's faults (the simulator killed, then slow) run meanwhile,
        // and the MariaDB kill waits until this test is done
        load.release();
        try {
            resumedRunHasTheUninterruptedTotals();
        } finally {
            load.releaseDatabase();
        }
    }

    private static void resumedRunHasTheUninterruptedTotals() throws Exception {
        assertThat(linesAtKill).as("the run was killed part-way").isGreaterThan(0).isLessThan(TRANSACTIONS);

        // the server resumes the run by itself: the same run, a restart of its execution
        assertThat(awaitRunEnd(run)).as("the killed run, resumed").isEqualTo("COMPLETED");
        assertThat(count("select restarts from stl_run where id = " + run)).isEqualTo(1);
        assertThat(count("select execution_id from stl_run where id = " + run)).isNotEqualTo(interruptedExecution);
        // chunks count their transactions in their own transaction: every one counted once across the two lives
        assertThat(count("select transactions from stl_run where id = " + run)).isEqualTo(TRANSACTIONS);
        // its partitions went on from their checkpoints, not from new partitions that skip what is settled
        assertThat(count("select count(*) from aud_audit_entry where action = 'SETTLEMENT_RUN_RESUMED' "
                + "and target_id = '" + run + "' and after_state like '%partitions from their checkpoints'"))
                .isEqualTo(1);

        // and running the date again settles nothing more: no second line, payout or journal entry
        long again = staff(TestStack.opsToken()).body("{\"date\": \"" + RUN_DATE + "\"}")
                .post("/v1/admin/settlements/runs").then().statusCode(200).extract().jsonPath().getLong("runId");
        assertThat(awaitRunEnd(again)).isEqualTo("COMPLETED");
        assertThat(count("select count(*) from stl_line where run_id = " + again + " and merchant_id like '" + PREFIX
                + "%'")).isZero();

        String mine = "merchant_id like '" + PREFIX + "%'";
        assertThat(count("select count(*) from stl_line where " + mine)).isEqualTo(TRANSACTIONS);
        // the uninterrupted result, computed independently in SQL with the default plan (card 3.2%, D+2)
        long expectedFee = count("select sum(floor(total_amount * 32000 / 1000000)) from pay_payment where " + mine);
        long expectedVat = count("select sum(floor((floor(total_amount * 32000 / 1000000) * 10 + 50) / 100)) "
                + "from pay_payment where " + mine);
        long gross = count("select sum(total_amount) from pay_payment where " + mine);
        assertThat(count("select sum(fee) from stl_line where " + mine)).isEqualTo(expectedFee);
        assertThat(count("select sum(vat) from stl_line where " + mine)).isEqualTo(expectedVat);
        assertThat(count("select sum(payout_amount) from stl_payout where " + mine))
                .isEqualTo(gross - expectedFee - expectedVat);
        assertThat(count("select count(*) from stl_payout where " + mine)).isEqualTo(MERCHANTS);
        assertThat(count("select count(distinct payout_date) from stl_payout where " + mine)).isEqualTo(1);
        assertThat(count("select coalesce(sum(p.amount_minor), 0) from ldg_posting p join ldg_journal_entry e "
                + "on e.id = p.entry_id where p.account = 'FEE_REVENUE' and p.side = 'CREDIT' "
                + "and e.reference like 'settlement-fees:" + PREFIX + "%'")).isEqualTo(expectedFee);
        // the day totals the payouts came from equal the lines, and all of them reached the ledger
        assertThat(count("select sum(line_count) from stl_day_total where " + mine)).isEqualTo(TRANSACTIONS);
        assertThat(count("select sum(fee_amount) from stl_day_total where " + mine)).isEqualTo(expectedFee);
        assertThat(count("select sum(vat_amount) from stl_day_total where " + mine)).isEqualTo(expectedVat);
        assertThat(count("select count(*) from stl_day_total where (posted = false or posted_fee <> fee_amount "
                + "or posted_vat <> vat_amount) and " + mine)).isZero();
    }

    /**
     * The load that ran through the kill goes on through the script's faults, released once the kill's recoveries
     * that need the network are checked: the simulator killed and restarted, then answering after the read
     * timeout (beside the settlement check), then MariaDB killed and restarted. The script checks the books itself
     * and exits 0 only when every check holds; this test reads its verdict, so that the script cannot rot
     * unnoticed, and then the books as it reads them.
     */
    @Test
    @Order(4)
    void underThatLoadNothingAcknowledgedIsLostOrDoneTwiceWhenTheNetworkAndTheDatabaseDieToo() throws Exception {
        load.release();   // released already, unless an earlier test did not run
        load.releaseDatabase();
        int exit = load.awaitEnd();
        List<String> lines = load.lines;

        assertThat(lines).as("the script's checks").noneMatch(line -> line.contains("FAIL"));
        assertThat(lines).anyMatch(line -> line.matches("\\s+ok\\s+\\d+ payments answered DONE are stored approved.*"))
                .anyMatch(line -> line.contains("ok    the ledger balances"))
                .anyMatch(line -> line.matches("\\s+ok\\s+\\d+ events delivered at least once.*"))
                .anyMatch(line -> line.matches("\\s+simulator killed and back after .*"))
                .anyMatch(line -> line.matches("\\s+MariaDB killed and back after .*"));
        assertThat(exit).as("exit status").isZero();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("PASS");

        // and, whatever the script says of itself, the books as this test reads them: every order it placed is
        // stored once, and every approved payment has exactly one approval entry in the ledger
        long orders = lines.stream().filter(line -> line.startsWith("load stopped: ")).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("load stopped: (\\d+) orders.*", "$1"))).orElseThrow();
        assertThat(orders).as("orders placed under load").isGreaterThan(10);
        String shop = "'" + loadShop.id() + "'";
        assertThat(count("select count(*) from pay_payment where merchant_id = " + shop)).isEqualTo(orders);
        long approved = count("select count(*) from pay_payment where merchant_id = " + shop
                + " and status in ('DONE', 'PARTIAL_CANCELED', 'CANCELED')");
        assertThat(approved).as("payments approved under load").isGreaterThan(0);
        assertThat(count("select count(*) from pay_payment p join pay_transaction t on t.sale_of = p.payment_key "
                + "join ldg_journal_entry e on e.transaction_key = t.transaction_key and e.reference like 'approval:%' "
                + "where p.merchant_id = " + shop))
                .as("one approval entry per approved payment").isEqualTo(approved);
    }

    /**
     * The payments above were written without their approval journal entries (they stand for a day that already
     * happened); removed afterwards so that the books of the other suites still match their payments.
     */
    private static void removeWrittenStraightIntoTheDatabase(String prefix) throws Exception {
        try (Connection db = TestStack.database(); Statement s = db.createStatement()) {
            s.executeUpdate("delete from stl_line where merchant_id like '" + prefix + "%'");
            s.executeUpdate("delete from stl_day_total where merchant_id like '" + prefix + "%'");
            s.executeUpdate("delete from stl_payout where merchant_id like '" + prefix + "%'");
            s.executeUpdate("delete p from ldg_posting p join ldg_journal_entry e on e.id = p.entry_id "
                    + "where e.reference like 'settlement-fees:" + prefix + "%'");
            s.executeUpdate("delete from ldg_journal_entry where reference like 'settlement-fees:" + prefix + "%'");
            s.executeUpdate("delete t from pay_transaction t join pay_payment p on p.payment_key = t.payment_key "
                    + "where p.merchant_id like '" + prefix + "%'");
            s.executeUpdate("delete from pay_payment where merchant_id like '" + prefix + "%'");
        }
    }

    private static void insertTransactions(String prefix, int merchants, int transactions, LocalDate date)
            throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        LocalDateTime dayStart = LocalDateTime.ofInstant(date.atStartOfDay(ZoneId.of("Asia/Seoul")).toInstant(),
                ZoneOffset.UTC);
        try (Connection db = TestStack.database()) {
            try (PreparedStatement merchant = db.prepareStatement("insert into mer_merchant (id, name, business_number, "
                    + "representative, email, status, created_at, updated_at) values (?, 'crash', ?, 'Kim', "
                    + "'crash@example.kr', 'APPROVED', utc_timestamp(6), utc_timestamp(6))")) {
                for (int i = 0; i < merchants; i++) {
                    merchant.setString(1, prefix + i);
                    merchant.setString(2, String.valueOf(8_000_000_000L + random.nextLong(999_999_999L)));
                    merchant.addBatch();
                }
                merchant.executeBatch();
            }
            db.setAutoCommit(false);
            try (PreparedStatement payment = db.prepareStatement("insert into pay_payment (payment_key, merchant_id, "
                    + "mode, order_id, order_name, status, method, currency, total_amount, balance_amount, requested_at, "
                    + "approved_at, approve_no, created_at, updated_at) values (?, ?, 'TEST', ?, 'crash', 'DONE', 'CARD', "
                    + "'KRW', ?, ?, ?, ?, '00000000', ?, ?)")) {
                for (int i = 0; i < transactions; i++) {
                    long amount = 1_000 + random.nextInt(300_000);
                    Timestamp at = Timestamp.valueOf(dayStart.plusNanos(random.nextLong(86_400_000_000_000L)));
                    payment.setString(1, prefix.replace("mer_", "pay_") + i);
                    payment.setString(2, prefix + (i % merchants));
                    payment.setString(3, "crash-" + i);
                    payment.setLong(4, amount);
                    payment.setLong(5, amount);
                    for (int p = 6; p <= 9; p++) {
                        payment.setTimestamp(p, at);
                    }
                    payment.addBatch();
                    if (i % 5_000 == 4_999) {
                        payment.executeBatch();
                        db.commit();
                    }
                }
                payment.executeBatch();
                db.commit();
            }
            try (Statement sale = db.createStatement()) {
                // each payment's approved authorization, the movement settlement reads
                sale.executeUpdate("insert into pay_transaction (payment_key, transaction_key, kind, amount, "
                        + "tax_free_amount, status, requested_at, completed_at) select payment_key, payment_key, "
                        + "'AUTHORIZATION', total_amount, 0, 'SUCCESS', approved_at, approved_at from pay_payment "
                        + "where merchant_id like '" + prefix + "%'");
                db.commit();
            }
        }
    }

    /**
     * Dead, even if not reaped: {@link ProcessHandle#isAlive()} counts a zombie as alive, and an init that never
     * reaps orphans (some containers' does not) would leave the killed server one forever.
     */
    private static boolean gone(String pid) {
        try {
            return Files.readString(Path.of("/proc", pid, "stat")).matches("(?s).*\\) [ZX] .*");
        } catch (java.io.IOException noSuchProcess) {
            return true;
        }
    }

    /** {@code kill -9} of the test domain's JVM; {@link #startServer} starts it again (the application deploys itself at boot). */
    private static void killServer() throws Exception {
        Path domain = Path.of(TestStack.require("paygrid.home"))
                .resolve(".paygrid/runtime/payara6/glassfish/domains/paygrid-test");
        String pid = String.valueOf(PayaraDomain.pidOf(domain));
        assertThat(new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor()).isZero();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> gone(pid));
    }

    private static void startServer() throws Exception {
        Path home = Path.of(TestStack.require("paygrid.home"));
        Process start = new ProcessBuilder(home.resolve(".paygrid/runtime/payara6/bin/asadmin").toString(),
                "start-domain", "paygrid-test").redirectErrorStream(true).start();
        start.getInputStream().transferTo(System.out);
        assertThat(start.waitFor()).isZero();
        // the application answers (401 without a key) only once it is loaded again, unlike the server's health;
        // until the listener is open the call fails
        await("the server comes back").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> given().baseUri(TestStack.paygridUrl()).get("/v1/payments").statusCode() == 401);
    }

    /** The run's status once it is COMPLETED or FAILED (within 180 s). */
    private static String awaitRunEnd(long runId) {
        return await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .until(() -> staff(TestStack.opsToken()).get("/v1/admin/settlements/runs/" + runId).then()
                        .statusCode(200).extract().<String>path("status"), List.of("COMPLETED", "FAILED")::contains);
    }

    /** The payment's status once it is the wanted one or ABORTED (within the seconds given). */
    private static String awaitStatus(TestMerchant shop, String paymentKey, String wanted, int seconds) {
        return await().atMost(Duration.ofSeconds(seconds)).pollInterval(Duration.ofMillis(500))
                .until(() -> shop.api().get("/v1/payments/" + paymentKey).then().extract().<String>path("status"),
                        status -> wanted.equals(status) || "ABORTED".equals(status));
    }

    private static String referenceOfOrder(String orderId) throws Exception {
        try (Connection db = TestStack.database(); PreparedStatement query = db.prepareStatement(
                "select network_reference from pay_payment where order_id = ? and network_reference is not null")) {
            query.setString(1, orderId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no attempt yet for " + orderId);
                }
                return row.getString(1);
            }
        }
    }

    private static String reference(String paymentKey) throws Exception {
        try (Connection db = TestStack.database();
             PreparedStatement query = db.prepareStatement("select network_reference from pay_payment where payment_key = ?")) {
            query.setString(1, paymentKey);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection db = TestStack.database(); Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
