package org.paygrid.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.paygrid.webhook.entity.AttemptResult;

/**
 * Sends one signed attempt: {@code POST} of the event body with the Standard Webhooks headers. A delivery counts
 * only with a 2xx within 10 s (contract section 7), body included; redirects are not followed (a 3xx is not a 2xx).
 * The HTTP client runs on the container's managed executor.
 */
@ApplicationScoped
public class WebhookSender {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private HttpClient client;

    @PostConstruct
    void create() {
        client = HttpClient.newBuilder().executor(executor).connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Never fails: a refused connection, a timeout or a bad URL is an attempt that got no answer. */
    public CompletableFuture<AttemptResult> send(DueDelivery delivery, long webhookTimestamp) {
        long started = System.nanoTime();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Paygrid-Webhooks/1")
                    .header(WebhookSignature.ID_HEADER, delivery.eventId())
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(webhookTimestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER,
                            WebhookSignature.sign(delivery.secret(), delivery.eventId(), webhookTimestamp, delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException badUrl) {
            return CompletableFuture.completedFuture(AttemptResult.noAnswer("invalid URL: " + badUrl.getMessage(), 0));
        }
        return client.sendAsync(request, ResponseExcerpt.handler())
                .orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, failure) -> {
                    long latencyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                    return failure == null
                            ? AttemptResult.answered(response.statusCode(), latencyMs, response.body())
                            : AttemptResult.noAnswer(describe(failure), latencyMs);
                });
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
            return "no answer within " + TIMEOUT.toSeconds() + " s";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
