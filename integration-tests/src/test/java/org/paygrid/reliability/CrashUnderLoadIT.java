package org.paygrid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The crash script of {@code bench/crash}, run against the test stack: key-ins, partial cancels and webhook
 * deliveries under a steady load while the server is killed (once: CrashRecoveryIT kills it with more kinds of
 * work in flight), the simulator is killed and made slow, and
 * MariaDB is killed and restarted. The script checks the books itself and exits 0 only when every check holds;
 * this test runs it and reads its verdict, so that the script cannot rot unnoticed.
 */
@PaygridIT
@Isolated("it kills the server, the simulator and MariaDB")
class CrashUnderLoadIT {

    @Test
    void nothingAcknowledgedIsLostOrDoneTwiceWhenTheServerTheNetworkAndTheDatabaseDieUnderLoad() throws Exception {
        TestMerchant shop = TestMerchant.create("Crash Load Shop");
        Path home = Path.of(TestStack.require("paygrid.home"));
        Path payara = home.resolve(".paygrid/runtime/payara6");
        // the benchmark's classpath, as bench/classpath.sh makes it: the MariaDB driver and the test kit
        String classpath = locationOf(org.mariadb.jdbc.Driver.class) + java.io.File.pathSeparator
                + locationOf(org.paygrid.testkit.Books.class);
        ProcessBuilder script = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
                "-cp", classpath, home.resolve("bench/CrashUnderLoad.java").toString(),
                "--kills", "1", "--clients", "4", "--gap-seconds", "5", "--db-restart")
                .redirectErrorStream(true);
        Map<String, String> env = script.environment();
        env.put("PAYGRID_URL", TestStack.paygridUrl());
        env.put("PAYGRID_SECRET_KEY", shop.secretKey());
        env.put("PAYGRID_SIMULATOR_URL", TestStack.simulatorUrl());
        env.put("PAYGRID_DB_URL", TestStack.require("paygrid.db.url"));
        env.put("PAYGRID_DB_USER", TestStack.require("paygrid.db.user"));
        env.put("PAYGRID_DB_PASSWORD", TestStack.require("paygrid.db.password"));
        env.put("PAYGRID_ASADMIN", payara.resolve("bin/asadmin").toString());
        env.put("PAYGRID_DOMAIN_DIR", payara.resolve("glassfish/domains/paygrid-test").toString());
        env.put("PAYGRID_STATE_DIR", home.resolve(".paygrid/test").toString());
        env.put("PAYGRID_SLOW_SIMULATOR_MS", "3000");   // the test profile's network read timeout is 2 s
        Process run = script.start();
        // printed as it comes, so that a run that stalls shows in the build's log at which step
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread echo = new Thread(() -> new BufferedReader(new InputStreamReader(run.getInputStream(),
                StandardCharsets.UTF_8)).lines().forEach(line -> {
                    System.out.println(line);
                    lines.add(line);
                }), "crash-script-output");
        echo.setDaemon(true);
        echo.start();
        // the script ends itself after its own limit (20 minutes); this bound only guards against a stuck JVM
        boolean ended = run.waitFor(25, TimeUnit.MINUTES);
        if (!ended) {
            run.destroyForcibly();   // only the script: the MariaDB it restarted is its child and must live on
        }
        assertThat(ended).as("the script ended within 25 minutes").isTrue();
        echo.join(TimeUnit.SECONDS.toMillis(10));
        int exit = run.exitValue();

        assertThat(lines).as("the script's checks").noneMatch(line -> line.contains("FAIL"));
        assertThat(lines).anyMatch(line -> line.matches("\\s+ok\\s+\\d+ payments answered DONE are stored approved.*"))
                .anyMatch(line -> line.contains("ok    the ledger balances"))
                .anyMatch(line -> line.matches("\\s+ok\\s+\\d+ events delivered at least once.*"))
                .anyMatch(line -> line.matches("\\s+MariaDB killed and back after .*"));
        assertThat(exit).as("exit status").isZero();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("PASS");

        // and, whatever the script says of itself, the books as this test reads them: every order it placed is
        // stored once, and every approved payment has exactly one approval entry in the ledger
        long orders = lines.stream().filter(line -> line.startsWith("load stopped: ")).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("load stopped: (\\d+) orders.*", "$1"))).orElseThrow();
        assertThat(orders).as("orders placed under load").isGreaterThan(10);
        assertThat(count("select count(*) from pay_payment where merchant_id = ?", shop.id())).isEqualTo(orders);
        long approved = count("select count(*) from pay_payment where merchant_id = ? "
                + "and status in ('DONE', 'PARTIAL_CANCELED', 'CANCELED')", shop.id());
        assertThat(approved).as("payments approved under load").isGreaterThan(0);
        assertThat(count("select count(*) from pay_payment p join pay_transaction t on t.sale_of = p.payment_key "
                + "join ldg_journal_entry e on e.transaction_key = t.transaction_key and e.reference like 'approval:%' "
                + "where p.merchant_id = ?", shop.id()))
                .as("one approval entry per approved payment").isEqualTo(approved);
    }

    private static long count(String sql, String merchantId) throws Exception {
        try (java.sql.Connection db = TestStack.database(); var query = db.prepareStatement(sql)) {
            query.setString(1, merchantId);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String locationOf(Class<?> type) throws java.net.URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
