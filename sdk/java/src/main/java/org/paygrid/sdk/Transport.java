package org.paygrid.sdk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * One HTTP exchange with Paygrid, retried by the {@link RetryPolicy}. A POST carries an {@code Idempotency-Key}
 * (the caller's, or a new UUID) that every retry of it repeats, so a retry never moves money twice.
 */
final class Transport {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** Waits between attempts; tests replace it so that they do not sleep. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final HttpClient http;
    private final URI baseUrl;
    private final String authorization;
    private final RetryPolicy retries;
    private final Duration timeout;
    private final Sleeper sleeper;

    Transport(URI baseUrl, String secretKey, RetryPolicy retries, Duration timeout, Sleeper sleeper) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((secretKey + ":").getBytes(StandardCharsets.UTF_8));
        this.retries = retries;
        this.timeout = timeout;
        this.sleeper = sleeper;
    }

    <T> T get(String path, Class<T> answer) {
        return get(path, JSON.constructType(answer));
    }

    /** A page of {@code item}s: {@code {items, nextCursor}}. */
    <T> Page<T> page(String path, Class<T> item) {
        return get(path, JSON.getTypeFactory().constructParametricType(Page.class, item));
    }

    <T> T get(String path, JavaType answer) {
        return send("GET", path, null, null, answer);
    }

    <T> T post(String path, Object body, String idempotencyKey, Class<T> answer) {
        return send("POST", path, body, idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey,
                JSON.constructType(answer));
    }

    /**
     * DELETE is idempotent by itself: it is retried like a GET, without a key. A retry that finds nothing (404) means
     * an earlier attempt did it and its answer was lost: null, not an error.
     */
    <T> T delete(String path, Class<T> answer) {
        return send("DELETE", path, null, null, answer == null ? null : JSON.constructType(answer));
    }

    private <T> T send(String method, String path, Object body, String idempotencyKey, JavaType answer) {
        HttpRequest request = request(method, path, body, idempotencyKey);
        Exception lastFailure = null;
        for (int attempt = 0; attempt <= retries.maxRetries(); attempt++) {
            if (attempt > 0) {
                pause(retries.waitBefore(attempt), idempotencyKey);
            }
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                lastFailure = e;   // the network: try again with the same key
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectionException("Interrupted while calling " + path, idempotencyKey, e);
            }
            if (response.statusCode() < 300) {
                return answer == null || response.body().length == 0 ? null : read(response.body(), answer);
            }
            if ("DELETE".equals(method) && attempt > 0 && response.statusCode() == 404) {
                return null;
            }
            ApiException refused = problem(response, path);
            if (!RetryPolicy.retries(refused.status(), refused.code())) {
                throw refused;
            }
            lastFailure = refused;
        }
        throw new ConnectionException("No answer from Paygrid for " + method + " " + path + " after "
                + (retries.maxRetries() + 1) + " attempts: " + lastFailure.getMessage(), idempotencyKey, lastFailure);
    }

    private HttpRequest request(String method, String path, Object body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(timeout)
                .header("Authorization", authorization).header("Accept", "application/json")
                .header("User-Agent", "paygrid-java/" + Paygrid.VERSION);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        try {
            return request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        } catch (IOException e) {
            throw new IllegalArgumentException("The request cannot be written as JSON: " + body, e);
        }
    }

    private void pause(Duration wait, String idempotencyKey) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("Interrupted while waiting to retry", idempotencyKey, e);
        }
    }

    private static ApiException problem(HttpResponse<byte[]> response, String path) {
        String code = "HTTP_" + response.statusCode();
        String message = new String(response.body(), StandardCharsets.UTF_8);
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem != null && problem.hasNonNull("code")) {
                code = problem.get("code").asText();
                message = problem.path("message").asText(message);
            }
        } catch (IOException notJson) {
            // a proxy's page: keep the status and the text
        }
        return new ApiException(response.statusCode(), code, message, path);
    }

    static <T> T read(byte[] body, Class<T> answer) {
        return read(body, JSON.constructType(answer));
    }

    static <T> T read(byte[] body, JavaType answer) {
        try {
            return JSON.readValue(body, answer);
        } catch (IOException e) {
            throw new IllegalStateException("Paygrid's answer is not a " + answer.toCanonical(), e);
        }
    }

    /** A path segment or query value, percent-encoded. */
    static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
