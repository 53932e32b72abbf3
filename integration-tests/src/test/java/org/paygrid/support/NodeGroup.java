package org.paygrid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The test stack's deployment group ({@code ./paygrid cluster}: one instance, {@code paygrid-node1} on HTTP 26080),
 * which {@code TwoServersIT} starts and ends through {@link #up} and {@link #down}. Making it (its configuration and
 * instance, seconds of the domain server's work) is started in the background as soon as the suite's deployment is
 * ready, while the classes that run side by side leave CPU idle, instead of in the isolated class's own time.
 */
public final class NodeGroup {

    private static Process creating;
    private static Path log;

    private NodeGroup() {
    }

    static synchronized void createInBackground() throws Exception {
        if (creating != null) {
            return;
        }
        log = Files.createTempFile("node-group", ".log");
        creating = paygrid("cluster", "create").redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    /** Starts the node ({@code ./paygrid cluster up}), once the group is made; returns when it says ready. */
    public static void up() throws Exception {
        awaitCreated();
        run("cluster", "up");
    }

    /** Ends the node ({@code ./paygrid cluster down}). */
    public static void down() throws Exception {
        run("cluster", "down");
    }

    private static void run(String... arguments) throws Exception {
        assertThat(paygrid(arguments).inheritIO().start().waitFor()).as("./paygrid " + String.join(" ", arguments))
                .isZero();
    }

    /** {@code ./paygrid} with the test stack's profile. */
    private static ProcessBuilder paygrid(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(TestStack.require("paygrid.home"), "paygrid").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder script = new ProcessBuilder(command);
        script.environment().put("PAYGRID_PROFILE", "test");
        return script;
    }

    /** Waits until the group is made (a failure shows what {@code ./paygrid cluster create} said). */
    private static synchronized void awaitCreated() throws Exception {
        if (creating == null) {
            return;   // not started by this run: ./paygrid cluster up makes it
        }
        assertThat(creating.waitFor(5, TimeUnit.MINUTES)).as("./paygrid cluster create finished").isTrue();
        assertThat(creating.exitValue()).as("./paygrid cluster create\n" + Files.readString(log)).isZero();
    }

    /** For the end of the run: the undeployment does not overlap the group being made. */
    static synchronized void awaitQuietly() {
        try {
            if (creating != null) {
                creating.waitFor(5, TimeUnit.MINUTES);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
