package org.paygrid.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.paygrid.shared.id.RandomTokens;
import org.paygrid.shared.metrics.Meters;
import org.paygrid.webhook.entity.AttemptResult;
import org.paygrid.shared.logging.Log;

/**
 * Sends due webhook deliveries, on the server's managed scheduled executor (every
 * {@code paygrid.webhook.poll-interval-ms}), never on an API call's thread. Each round: claim a batch in one short
 * transaction, send the batch in parallel with no transaction open, record each outcome in its own short
 * transaction. Every instance of a cluster runs one; the claim's row locks and leases give each attempt to one
 * instance. Whatever this instance claimed and did not record before it died is sent again after the lease ends.
 * <p>
 * The polling is started, and restarted if it ever stopped, by a non-persistent EJB timer every minute: timers
 * fire only once the application is running, whereas a task the executor ran while the application was still
 * deploying could fail in the container's context set-up, and a periodic task that fails once never runs again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

    private static final Log LOG = Log.of(WebhookDispatcher.class);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Resource
    TimerService timers;

    @Inject
    Meters meters;

    @EJB
    DeliveryStore store;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    /** Who holds a lease: this host and server instance, and a random part that changes with every start. */
    private final String owner = instanceName();
    private volatile boolean stopping;
    private volatile ScheduledFuture<?> polling;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(settings.pollInterval().toMillis(), 60_000, new TimerConfig(null, false));
    }

    @Timeout
    void ensurePolling() {
        if (stopping || (polling != null && !polling.isDone())) {
            return;
        }
        long interval = settings.pollInterval().toMillis();
        polling = scheduler.scheduleWithFixedDelay(this::pollSafely, 0, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "webhook dispatcher " + owner + " polling every " + interval + " ms, retry schedule "
                + settings.schedule());
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (polling != null) {
            polling.cancel(false);
        }
    }

    /** A failing round (database down...) must not end the schedule: log it and try again at the next tick. */
    void pollSafely() {
        try {
            int claimed;
            do {
                claimed = poll();
            } while (claimed == settings.batchSize() && !stopping);   // a backlog drains without waiting
        } catch (RuntimeException e) {
            LOG.warning(() -> "webhook delivery round failed; retrying at the next poll", e);
        }
    }

    private int poll() {
        List<DueDelivery> due = store.claimDue(owner, settings.batchSize());
        List<InFlight> sent = due.stream().map(this::send).toList();
        for (InFlight attempt : sent) {
            AttemptResult result = attempt.result().join();
            try {
                store.record(attempt.delivery(), owner, attempt.webhookTimestamp(), attempt.attemptedAt(), result);
                meters.count("paygrid.webhook.deliveries", "outcome",
                        result.delivered() ? "delivered" : result.gone() ? "gone" : "failed");
            } catch (RuntimeException e) {
                // its lease runs out and it is sent again: at least once
                LOG.warning(() -> "could not record the attempt of " + attempt.delivery(), e);
            }
        }
        return due.size();
    }

    private InFlight send(DueDelivery delivery) {
        Instant now = clock.instant();
        long timestamp = now.getEpochSecond();
        return new InFlight(delivery, now, timestamp, sender.send(delivery, timestamp));
    }

    private record InFlight(DueDelivery delivery, Instant attemptedAt, long webhookTimestamp,
                            CompletableFuture<AttemptResult> result) {
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String instance = System.getProperty("com.sun.aas.instanceName", "server");
        String name = host + "/" + instance + "/" + RandomTokens.alphanumeric(8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
