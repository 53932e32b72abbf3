package org.paygrid.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The stack's Payara domain as a benchmark drives it: asadmin commands on its admin port, and a restart that
 * returns once the domain says ready (health ready, and the API answering 401 without a key).
 */
public final class PayaraDomain {

    private PayaraDomain() {
    }

    /** The process of a Payara domain or instance, from the pid file it keeps while it runs. */
    public static long pidOf(Path serverDir) throws IOException {
        return Long.parseLong(java.nio.file.Files.readString(serverDir.resolve("config/pid")).trim());
    }

    /** Runs an asadmin command against the domain; fails when it does. */
    public static void asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Stack.variable("PAYGRID_ASADMIN"), "--port",
                Stack.variable("PAYGRID_ADMIN_PORT")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed");
        }
    }

    /** Restarts the domain; answers the seconds from asadmin's return to ready (at most 5 minutes). */
    public static double restart() throws IOException, InterruptedException {
        asadmin("restart-domain", Path.of(Stack.variable("PAYGRID_DOMAIN_DIR")).getFileName().toString());
        long restarted = System.nanoTime();
        HttpClient http = Http.client().build();
        while (!ready(http)) {
            if (System.nanoTime() - restarted > 300_000_000_000L) {
                throw new IllegalStateException("Paygrid did not come back within 5 minutes");
            }
            Thread.sleep(200);
        }
        return (System.nanoTime() - restarted) / 1e9;
    }

    private static boolean ready(HttpClient http) throws InterruptedException {
        String url = Stack.paygridUrl();
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                    && http.send(HttpRequest.newBuilder(URI.create(url + "/v1/payments")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 401;
        } catch (IOException starting) {
            return false;
        }
    }
}
