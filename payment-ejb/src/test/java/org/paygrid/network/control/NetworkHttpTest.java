package org.paygrid.network.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The network call's transport against a real local HTTP server: what reaches it, and how trouble surfaces. */
class NetworkHttpTest {

    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicReference<String> received = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/ok", exchange -> {
            requests.incrementAndGet();
            received.set(exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, 200, "{\"approved\":true}");
        });
        server.createContext("/broken", exchange -> answer(exchange, 503, "{\"code\":\"DOWN\"}"));
        server.createContext("/silent", exchange -> {
            requests.incrementAndGet();
            try {
                release.await();   // answers only when the test is over
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private HttpURLConnection connection(String path, int readTimeoutMs) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(
                "http://127.0.0.1:" + server.getAddress().getPort() + path).toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setConnectTimeout(1_000);
        connection.setReadTimeout(readTimeoutMs);
        return connection;
    }

    @Test
    void sendsTheJsonBodyOnceAndReadsTheAnswer() throws IOException {
        NetworkHttp.Reply reply = NetworkHttp.exchange(connection("/ok", 5_000),
                "{\"amount\":1000}".getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getBoolean("approved")).isTrue();
        assertThat(received.get()).isEqualTo("application/json {\"amount\":1000}");
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void anErrorStatusIsAnAnswerWithItsBody() throws IOException {
        NetworkHttp.Reply reply = NetworkHttp.exchange(connection("/broken", 5_000), new byte[0]);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().getString("code")).isEqualTo("DOWN");
    }

    /** The outcome is unknown, and the request was not sent a second time behind the caller's back. */
    @Test
    void noAnswerInTimeIsATimeoutAfterOneRequest() {
        assertThatThrownBy(() -> NetworkHttp.exchange(connection("/silent", 200), "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(HttpTimeoutException.class).isNotInstanceOf(HttpConnectTimeoutException.class);
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void nobodyListeningMeansTheRequestNeverLeft() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + closedPort + "/ok")
                .toURL().openConnection();
        connection.setConnectTimeout(1_000);

        assertThatThrownBy(() -> NetworkHttp.exchange(connection, null)).isInstanceOf(ConnectException.class);
    }
}
