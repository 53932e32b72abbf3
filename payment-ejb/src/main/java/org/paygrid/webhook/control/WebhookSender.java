package org.paygrid.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.Timeout;
import org.paygrid.webhook.control.WebhookDestinations.Allowed;
import org.paygrid.webhook.control.WebhookDestinations.Refused;
import org.paygrid.webhook.control.WebhookDestinations.Unresolved;
import org.paygrid.webhook.entity.AttemptResult;

/**
 * Sends one signed attempt: {@code POST} of the event body with the Standard Webhooks headers. A delivery counts
 * only with a 2xx within 10 s (contract section 7); redirects are not followed (a 3xx is not a 2xx). Before each
 * attempt the host is resolved and checked ({@link WebhookDestinations}) to record a clear refusal, and the client
 * resolves names only through that same check, which hands it the one address it checked: no lookup the check did
 * not judge can lead the connection elsewhere (DNS rebinding). TLS still checks the certificate against the host
 * name. Apache HttpClient's async client is used because the JDK's takes no name resolver of the caller's.
 */
@ApplicationScoped
public class WebhookSender {

    static final Timeout TIMEOUT = Timeout.ofSeconds(10);

    @Inject
    WebhookDestinations destinations;

    /** The contract's 10 s; shorter only in tests. */
    private final Timeout timeout;

    public WebhookSender() {
        this.timeout = TIMEOUT;
    }

    /** A sender with its own destinations and deadline (tests). */
    WebhookSender(WebhookDestinations destinations, Timeout timeout) {
        this.destinations = destinations;
        this.timeout = timeout;
    }

    /**
     * The client's only name resolver is the check itself: it resolves the host, refuses it unless every address is
     * allowed, and hands the client the one address it checked, so the connection goes exactly there.
     */
    private final DnsResolver checkedResolver = new DnsResolver() {
        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return List.of(new InetSocketAddress(allowed(host, port), port));
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return new InetAddress[] {allowed(host, -1)};
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return resolve(host)[0].getHostName();
        }

        private InetAddress allowed(String host, int port) throws UnknownHostException {
            WebhookDestinations.Destination destination = destinations.resolve(host, port);
            if (destination instanceof Allowed allowed) {
                return allowed.address();
            }
            throw new UnknownHostException(destination instanceof Refused refused ? "refused: " + refused.reason()
                    : ((Unresolved) destination).reason());
        }
    };

    private CloseableHttpAsyncClient client;

    @PostConstruct
    void create() {
        client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setDnsResolver(checkedResolver)
                        .setTlsStrategy(ClientTlsStrategyBuilder.create()
                                .setSslContext(SSLContexts.createSystemDefault()).buildAsync())
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout)
                                .setSocketTimeout(timeout).build())
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(4)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false)
                        .setResponseTimeout(timeout).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("Paygrid-Webhooks/1")
                .build();
        client.start();
    }

    @PreDestroy
    void close() {
        client.close(CloseMode.GRACEFUL);
    }

    /** Never fails: a refused destination, a refused connection, a timeout or a bad URL is an attempt with no answer. */
    public CompletableFuture<AttemptResult> send(DueDelivery delivery, long webhookTimestamp) {
        long started = System.nanoTime();
        URI url;
        try {
            url = URI.create(delivery.url());
        } catch (IllegalArgumentException badUrl) {
            return CompletableFuture.completedFuture(AttemptResult.noAnswer("invalid URL: " + badUrl.getMessage(), 0));
        }
        WebhookDestinations.Destination destination = destinations.resolve(url);
        if (destination instanceof Refused refused) {
            return CompletableFuture.completedFuture(AttemptResult.noAnswer("refused: " + refused.reason(), 0));
        }
        if (destination instanceof Unresolved unresolved) {
            return CompletableFuture.completedFuture(AttemptResult.noAnswer(unresolved.reason(), 0));
        }
        Allowed target = (Allowed) destination;
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        var request = SimpleRequestBuilder.post()
                .setHttpHost(new HttpHost(url.getScheme().toLowerCase(java.util.Locale.ROOT), target.host(),
                        target.port()))
                .setPath(url.getRawQuery() == null ? path : path + "?" + url.getRawQuery())
                .addHeader(WebhookSignature.ID_HEADER, delivery.eventId())
                .addHeader(WebhookSignature.TIMESTAMP_HEADER, Long.toString(webhookTimestamp))
                .addHeader(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(delivery.secret(), delivery.eventId(), webhookTimestamp, delivery.body()))
                .setBody(delivery.body(), ContentType.APPLICATION_JSON)
                .build();
        ResponseExcerpt excerpt = new ResponseExcerpt();
        CompletableFuture<AttemptResult> result = new CompletableFuture<>();
        Future<Integer> exchange = client.execute(SimpleRequestProducer.create(request), excerpt,
                new FutureCallback<Integer>() {
            @Override
            public void completed(Integer status) {
                result.complete(AttemptResult.answered(status, elapsedMs(started), excerpt.excerpt()));
            }

            @Override
            public void failed(Exception failure) {
                // a body cut short (or too long to read) still leaves the answer's status
                result.complete(excerpt.status() != null
                        ? AttemptResult.answered(excerpt.status(), elapsedMs(started), excerpt.excerpt())
                        : AttemptResult.noAnswer(describe(failure), elapsedMs(started)));
            }

            @Override
            public void cancelled() {
                result.complete(AttemptResult.noAnswer("cancelled", elapsedMs(started)));
            }
        });
        // the socket timeout restarts with every byte, so a receiver that drips its answer would hold the
        // connection for ever: at the deadline the exchange is cancelled, which closes the connection
        return result.completeOnTimeout(null, timeout.toMilliseconds() + 1_000, TimeUnit.MILLISECONDS)
                .thenApply(answer -> {
                    if (answer != null) {
                        return answer;
                    }
                    exchange.cancel(true);
                    return AttemptResult.noAnswer(noAnswerWithin(), elapsedMs(started));
                });
    }

    private String noAnswerWithin() {
        return "no answer within " + timeout.toSeconds() + " s";
    }

    private static long elapsedMs(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private String describe(Throwable failure) {
        if (failure instanceof TimeoutException || failure instanceof java.net.SocketTimeoutException
                || failure instanceof org.apache.hc.core5.http.ConnectionRequestTimeoutException) {
            return noAnswerWithin();
        }
        if (failure instanceof IOException && failure.getMessage() != null
                && failure.getMessage().contains("timeout")) {
            return noAnswerWithin();
        }
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
}
