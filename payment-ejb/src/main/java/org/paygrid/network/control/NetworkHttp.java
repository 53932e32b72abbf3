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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.shared.json.JsonObjects;
import org.paygrid.shared.metrics.Meters;

/**
 * The HTTP plumbing every network connector shares: one client, the configured base URL, connect and read
 * timeouts, JSON in and out. Trouble surfaces as {@link IOException} (a timeout as its subclass
 * {@code HttpTimeoutException}) for the connector to turn into an "unknown" outcome. Each call is a client span of
 * the request's trace (MicroProfile Telemetry) and carries it on as a W3C {@code traceparent} header, so one trace
 * shows the API call, the network call and what the network did with it.
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

    private volatile HttpClient client;

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
        return send("POST", path, HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return send("GET", path, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /**
     * Sends and reports: every call's time by network ({@code paygrid_network_call_seconds}, whatever its answer),
     * its failures by kind ({@code paygrid_network_errors_total}: timeout, connection, server-error), and its span.
     */
    private Reply send(String method, String path, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        String network = networkOf(path);
        Span span = tracer.spanBuilder(method + " " + network).setSpanKind(SpanKind.CLIENT)
                .setAttribute("http.method", method).setAttribute("http.url", baseUrl + path)
                .setAttribute("paygrid.network", network).startSpan();
        long started = System.nanoTime();
        try (Scope inSpan = span.makeCurrent()) {
            telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), request,
                    (carrier, name, value) -> carrier.setHeader(name, value));
            HttpResponse<String> response = client().send(request.timeout(Duration.ofMillis(readTimeoutMs)).build(),
                    HttpResponse.BodyHandlers.ofString());
            span.setAttribute("http.status_code", response.statusCode());
            if (response.statusCode() >= 500) {
                meters.count(ERRORS, "network", network, "kind", "server-error");
                span.setStatus(StatusCode.ERROR);
            }
            return new Reply(response.statusCode(), response.body());
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

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(connectTimeoutMs))
                    .version(HttpClient.Version.HTTP_1_1).build();
        }
        return client;
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
