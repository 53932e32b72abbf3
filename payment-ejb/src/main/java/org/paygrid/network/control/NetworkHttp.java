package org.paygrid.network.control;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.shared.json.JsonObjects;
import org.paygrid.shared.metrics.Meters;

/**
 * The HTTP plumbing every network connector shares: the configured base URL, connect and read timeouts, JSON in and
 * out. Trouble surfaces as {@link IOException} for the connector to turn into an "unknown" outcome: a connection
 * that could not be made as {@code ConnectException} or {@link HttpConnectTimeoutException} (the request never
 * left), no answer in time as {@link HttpTimeoutException}. Each call is a client span of the request's trace
 * (MicroProfile Telemetry) and carries it on as a W3C {@code traceparent} header, so one trace shows the API call,
 * the network call and what the network did with it.
 *
 * <p>The JDK's {@link HttpURLConnection}, on the calling thread, with its keep-alive connections
 * ({@code http.maxConnections} idle ones per host, set in the domain's JVM options): the JDK's {@code HttpClient}
 * hands every exchange to its selector thread and back, and cost 7% of the server's CPU on a key-in (2026-12).
 * A request body is sent in fixed-length streaming mode, which also turns off the connection's silent resend of a
 * POST whose answer it lost: an authorization goes out once, whatever the network does.
 */
@ApplicationScoped
public class NetworkHttp {

    @Inject
    @ConfigProperty(name = "paygrid.network.url")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "paygrid.network.connect-timeout-ms", defaultValue = "2000")
    long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "paygrid.network.read-timeout-ms", defaultValue = "5000")
    long readTimeoutMs;

    private static final String CALL_TIME = "paygrid.network.call";
    private static final String ERRORS = "paygrid.network.errors";

    @Inject
    Meters meters;

    @Inject
    Tracer tracer;

    @Inject
    OpenTelemetry telemetry;

    public long readTimeoutMs() {
        return readTimeoutMs;
    }

    public Reply post(String path, JsonObject body) throws IOException, InterruptedException {
        return send("POST", path, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    /**
     * Sends and reports: every call's time by network ({@code paygrid_network_call_seconds}, whatever its answer),
     * its failures by kind ({@code paygrid_network_errors_total}: timeout, connection, server-error), and its span.
     */
    private Reply send(String method, String path, byte[] body) throws IOException, InterruptedException {
        String network = networkOf(path);
        Span span = tracer.spanBuilder(method + " " + network).setSpanKind(SpanKind.CLIENT)
                .setAttribute("http.method", method).setAttribute("http.url", baseUrl + path)
                .setAttribute("paygrid.network", network).startSpan();
        long started = System.nanoTime();
        try (Scope inSpan = span.makeCurrent()) {
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout((int) connectTimeoutMs);
            connection.setReadTimeout((int) readTimeoutMs);
            connection.setInstanceFollowRedirects(false);
            telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), connection,
                    (carrier, name, value) -> carrier.setRequestProperty(name, value));
            Reply reply = exchange(connection, body);
            span.setAttribute("http.status_code", reply.status());
            if (reply.status() >= 500) {
                meters.count(ERRORS, "network", network, "kind", "server-error");
                span.setStatus(StatusCode.ERROR);
            }
            return reply;
        } catch (HttpTimeoutException timeout) {
            meters.count(ERRORS, "network", network, "kind", "timeout");
            span.setStatus(StatusCode.ERROR, "timeout");
            throw timeout;
        } catch (IOException unreachable) {
            meters.count(ERRORS, "network", network, "kind", "connection");
            span.setStatus(StatusCode.ERROR, "connection");
            throw unreachable;
        } finally {
            meters.time(CALL_TIME, System.nanoTime() - started, "network", network);
            span.end();
        }
    }

    /** The network a path belongs to, by its first segment: card, providers (easy pay, transfer, phone), bank. */
    static String networkOf(String path) {
        String[] segments = path.split("/");
        return segments.length > 1 ? segments[1] : "unknown";
    }

    /**
     * Connects, sends and reads the answer whole (an error status's body too). A connection not made within the
     * connect timeout never carried the request; no answer within the read timeout leaves it unknown.
     */
    static Reply exchange(HttpURLConnection connection, byte[] body) throws IOException {
        try {
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setFixedLengthStreamingMode(body.length);
            }
            try {
                connection.connect();
            } catch (SocketTimeoutException notConnected) {
                throw new HttpConnectTimeoutException("no connection within " + connection.getConnectTimeout() + " ms");
            }
            if (body != null) {
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String text;
            if (answer == null) {
                text = "";
            } else {
                try (answer) {
                    text = new String(answer.readAllBytes(), StandardCharsets.UTF_8);   // read whole: the connection is reused
                }
            }
            return new Reply(status, text);
        } catch (SocketTimeoutException noAnswer) {
            connection.disconnect();   // a late answer must not be read by the next request on this connection
            throw new HttpTimeoutException("no answer within " + connection.getReadTimeout() + " ms");
        }
    }

    /** An answer: its status and its JSON body (empty when the body is not JSON). */
    public record Reply(int status, String body) {
        public JsonObject json() {
            if (body == null || body.isBlank()) {
                return JsonObject.EMPTY_JSON_OBJECT;
            }
            try {
                return JsonObjects.parse(body);
            } catch (RuntimeException notJson) {
                return JsonObject.EMPTY_JSON_OBJECT;
            }
        }
    }
}
