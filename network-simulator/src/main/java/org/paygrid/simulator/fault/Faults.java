package org.paygrid.simulator.fault;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Faults injected into every card call, for resilience tests: a latency first, then, with a given probability,
 * a provider error before the books are touched. Changed at run time through {@code PUT /admin/faults}.
 */
@ApplicationScoped
public class Faults {

    private static final Logger LOG = Logger.getLogger(Faults.class.getName());

    @Inject
    @ConfigProperty(name = "simulator.fault.latency-ms", defaultValue = "0")
    long configuredLatencyMs;

    @Inject
    @ConfigProperty(name = "simulator.fault.failure-rate", defaultValue = "0.0")
    double configuredFailureRate;

    private volatile Settings settings;

    /** {@code failureRate} is a probability in 0..1 (not money, so a double is right here). */
    public record Settings(long latencyMs, double failureRate) {
        public Settings {
            // written so that NaN fails too
            if (latencyMs < 0 || latencyMs > 120_000 || !(failureRate >= 0 && failureRate <= 1)) {
                throw new IllegalArgumentException("latencyMs 0..120000 and failureRate 0..1");
            }
        }
    }

    @PostConstruct
    void init() {
        settings = new Settings(configuredLatencyMs, configuredFailureRate);
    }

    public Settings settings() {
        return settings;
    }

    public void change(Settings next) {
        settings = next;
    }

    /**
     * Waits the configured latency: a slow network is slow for everything, inquiries included (an outage that
     * answered inquiries at once would settle every timeout before anyone saw it unknown).
     */
    public void delay() {
        delay(settings);
    }

    /** Waits the configured latency; answers whether this call fails. Each fault is logged with its trace. */
    public boolean delayAndDecideFailure() {
        Settings current = settings;
        delay(current);
        boolean fails = current.failureRate() > 0 && ThreadLocalRandom.current().nextDouble() < current.failureRate();
        if (fails) {
            logInTrace("answering with a provider error (injected failure)");
        }
        return fails;
    }

    /** The slow test card's answer, held back like an injected latency and logged with its trace the same way. */
    public static void delaySlowCard(long delayMs) {
        holdAnswer(delayMs, "the slow test card");
    }

    /** The late card's request, held back before the network books it, logged with its trace the same way. */
    public static void delayLateCard(long delayMs) {
        holdAnswer(delayMs, "the late test card: booked only now");
    }

    private static void delay(Settings current) {
        if (current.latencyMs() > 0) {
            holdAnswer(current.latencyMs(), "injected latency");
        }
    }

    private static void holdAnswer(long delayMs, String why) {
        logInTrace("delaying the answer by " + delayMs + " ms (" + why + ")");
        sleep(delayMs);
    }

    /** A line that names the platform's trace (the call's {@code traceparent}), a field of the JSON log. */
    private static void logInTrace(String message) {
        LogRecord record = new LogRecord(Level.INFO, message);
        record.setLoggerName(LOG.getName());
        record.setSourceClassName(Faults.class.getName());
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            record.setParameters(new Object[] {Map.of("traceId", span.getTraceId(), "spanId", span.getSpanId())});
        }
        LOG.log(record);
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
