package org.paygrid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;

/**
 * The crash script of {@code bench/crash} ({@code bench/CrashUnderLoad.java}) run against the test stack as its own
 * process, for a merchant of its own: its load starts at once and its faults wait until {@link #release()}, so that
 * the test can kill the server itself with its own work in flight under that load first; its MariaDB kill waits
 * again until {@link #releaseDatabase()}, so that the test can check work that needs only the database while the
 * network's faults run. Its output is echoed as it comes, so that a run that stalls shows in the build's log at
 * which step.
 */
final class CrashScript {

    private final Process run;
    private final Path hold;
    private final Path holdDatabase;
    private final Thread echo;
    final List<String> lines = new CopyOnWriteArrayList<>();

    private CrashScript(Process run, Path hold, Path holdDatabase) {
        this.run = run;
        this.hold = hold;
        this.holdDatabase = holdDatabase;
        this.echo = new Thread(() -> new BufferedReader(new InputStreamReader(run.getInputStream(),
                StandardCharsets.UTF_8)).lines().forEach(line -> {
                    System.out.println(line);
                    lines.add(line);
                }), "crash-script-output");
        echo.setDaemon(true);
        echo.start();
    }

    /** Starts the load of {@code clients} clients for {@code shop}, its faults held; {@code faults} as the script takes them. */
    static CrashScript start(TestMerchant shop, int clients, String... faults) throws Exception {
        Path home = Path.of(TestStack.require("paygrid.home"));
        Path payara = home.resolve(".paygrid/runtime/payara6");
        Path holds = Files.createTempDirectory("crash-script");
        Path hold = holds.resolve("release");
        Path holdDatabase = holds.resolve("release-database");
        // the benchmark's classpath, as bench/classpath.sh makes it: the MariaDB driver and the test kit
        String classpath = locationOf(org.mariadb.jdbc.Driver.class) + java.io.File.pathSeparator
                + locationOf(org.paygrid.testkit.Books.class);
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classpath, home.resolve("bench/CrashUnderLoad.java").toString(),
                "--clients", String.valueOf(clients), "--hold-until", hold.toString(), "--hold-db-until",
                holdDatabase.toString()));
        command.addAll(List.of(faults));
        ProcessBuilder script = new ProcessBuilder(command).redirectErrorStream(true);
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
        return new CrashScript(script.start(), hold, holdDatabase);
    }

    /** Whether its load has started (its faults held). */
    boolean loading() {
        return lines.stream().anyMatch(line -> line.contains("the faults wait for"));
    }

    /** Lets its faults begin (the MariaDB kill waits for {@link #releaseDatabase()} as well). */
    void release() throws Exception {
        Files.writeString(hold, "go\n");
    }

    /** Lets its MariaDB kill come, once its faults before it are done. */
    void releaseDatabase() throws Exception {
        Files.writeString(holdDatabase, "go\n");
    }

    /** Its exit status, once it ended; it ends itself after its own limit (20 minutes), this bound is for a stuck JVM. */
    int awaitEnd() throws Exception {
        boolean ended = run.waitFor(25, TimeUnit.MINUTES);
        if (!ended) {
            run.destroyForcibly();   // only the script: the MariaDB it restarted is its child and must live on
        }
        assertThat(ended).as("the script ended within 25 minutes").isTrue();
        echo.join(TimeUnit.SECONDS.toMillis(10));
        return run.exitValue();
    }

    /** Ends it if it still runs (a test that failed before releasing it). */
    void stop() {
        run.destroyForcibly();
    }

    private static String locationOf(Class<?> type) throws java.net.URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
