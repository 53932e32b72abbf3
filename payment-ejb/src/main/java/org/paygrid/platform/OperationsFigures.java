package org.paygrid.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.payment.boundary.PaymentFigures;
import org.paygrid.settlement.boundary.Reconciliation;
import org.paygrid.settlement.boundary.SettlementRuns;
import org.paygrid.shared.metrics.Meters;
import org.paygrid.webhook.boundary.WebhookDeliveries;
import org.paygrid.shared.logging.Log;

/**
 * The gauges operations watch, read from the database every 15 seconds (paygrid.operations.figures-interval-seconds;
 * shorter in the test stack, whose tests wait for the gauges) by each server (a scrape reads the last
 * figures and never waits on a query): movements with an unknown outcome, the webhook backlog and the age of its
 * oldest delivery, the last completed settlement and how long it ran, and reconciliation's discrepancies of the
 * last day.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Startup
@DependsOn("SchemaMigration")
public class OperationsFigures {

    private static final Log LOG = Log.of(OperationsFigures.class);

    private final AtomicLong unknownOutcomes = new AtomicLong();
    private final AtomicLong webhookBacklog = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private final AtomicLong lastSettlementSeconds = new AtomicLong();
    private final AtomicLong settlementRunSeconds = new AtomicLong();
    private final AtomicLong discrepancies = new AtomicLong();

    @EJB
    PaymentFigures payments;

    @EJB
    WebhookDeliveries webhooks;

    @EJB
    SettlementRuns settlementRuns;

    @EJB
    Reconciliation reconciliation;

    @Inject
    Meters meters;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "paygrid.operations.figures-interval-seconds", defaultValue = "15")
    long intervalSeconds;

    @Resource
    TimerService timers;

    @PostConstruct
    void register() {
        meters.gauge("paygrid.unknown.outcomes", unknownOutcomes::get);
        meters.gauge("paygrid.webhook.backlog", webhookBacklog::get);
        meters.gauge("paygrid.webhook.oldest.pending.seconds", oldestPendingSeconds::get);
        meters.gauge("paygrid.settlement.last.success.timestamp.seconds", lastSettlementSeconds::get);
        meters.gauge("paygrid.settlement.run.seconds", settlementRunSeconds::get);
        meters.gauge("paygrid.reconciliation.discrepancies", discrepancies::get);
        refresh();
        long every = Duration.ofSeconds(intervalSeconds).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("operations figures", false));
    }

    @Timeout
    void refresh() {
        try {
            Instant now = clock.instant();
            unknownOutcomes.set(payments.unknownOutcomes());
            WebhookDeliveries.Backlog backlog = webhooks.backlog(now);
            webhookBacklog.set(backlog.due());
            oldestPendingSeconds.set(backlog.oldestDueAt() == null ? 0
                    : Duration.between(backlog.oldestDueAt(), now).toSeconds());
            settlementRuns.lastCompleted().ifPresent(run -> {
                lastSettlementSeconds.set(run.endedAt().toEpochSecond());
                settlementRunSeconds.set(run.startedAt() == null ? 0
                        : Duration.between(run.startedAt(), run.endedAt()).toSeconds());
            });
            discrepancies.set(reconciliation.discrepanciesSince(now.minus(Duration.ofDays(1))));
        } catch (RuntimeException unavailable) {
            LOG.fine(() -> "operations figures not refreshed", unavailable);
        }
    }
}
