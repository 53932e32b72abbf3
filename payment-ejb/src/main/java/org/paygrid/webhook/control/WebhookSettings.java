package org.paygrid.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.webhook.entity.RetrySchedule;
import org.paygrid.shared.logging.Log;

/** The delivery knobs, read once from MicroProfile Config; a malformed schedule stops the deployment. */
@ApplicationScoped
public class WebhookSettings {

    private static final Log LOG = Log.of(WebhookSettings.class);

    @Inject
    @ConfigProperty(name = "paygrid.webhook.retry-schedule", defaultValue = RetrySchedule.DEFAULT)
    String scheduleText;

    @Inject
    @ConfigProperty(name = "paygrid.webhook.poll-interval-ms", defaultValue = "1000")
    long pollIntervalMs;

    @Inject
    @ConfigProperty(name = "paygrid.webhook.lease-seconds", defaultValue = "60")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "paygrid.webhook.batch-size", defaultValue = "16")
    int batchSize;

    private RetrySchedule schedule;

    @PostConstruct
    void parse() {
        try {
            schedule = RetrySchedule.parse(scheduleText);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("paygrid.webhook.retry-schedule: " + e.getMessage(), e);
        }
        if (!schedule.meetsContract()) {
            LOG.warning(() -> "paygrid.webhook.retry-schedule is " + schedule
                    + ": shorter than the contract's 7 attempts over 24 h (fine for tests, not for production)");
        }
    }

    public RetrySchedule schedule() {
        return schedule;
    }

    public Duration pollInterval() {
        return Duration.ofMillis(Math.max(50, pollIntervalMs));
    }

    /**
     * How long a claimed delivery belongs to the instance that claimed it: well over the 10 s request timeout, so a
     * live instance always records its attempt before anyone else may take the delivery.
     */
    public Duration lease() {
        return Duration.ofSeconds(Math.max(30, leaseSeconds));
    }

    public int batchSize() {
        return Math.max(1, Math.min(100, batchSize));
    }
}
