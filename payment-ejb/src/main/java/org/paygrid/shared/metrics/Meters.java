package org.paygrid.shared.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.paygrid.shared.logging.Log;

/**
 * The business figures every capability reports, in the server's MicroProfile Metrics application registry, which
 * Payara exports at {@code /metrics} in Prometheus' text format: a name {@code paygrid.payment.attempts} becomes
 * {@code paygrid_payment_attempts_total}, a timer {@code paygrid_..._seconds} with the buckets of
 * {@code mp.metrics.distribution.timer.buckets} (5 ms to 10 s). Labels are bounded sets (method, mode, outcome,
 * code, network, rule, route), never a merchant, payment or order. {@code paygrid.metrics.enabled=false} turns the
 * business figures off (read once at start): only for measuring what they cost ({@code bench/metrics-cost}).
 */
@ApplicationScoped
public class Meters {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "paygrid.metrics.enabled", defaultValue = "true")
    boolean enabled;

    private static final Log LOG = Log.of(Meters.class);
    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();
    private final Object creating = new Object();

    /** One more of something, e.g. {@code count("paygrid.payment.attempts", "method", "CARD", ...)}. */
    public void count(String name, String... labels) {
        add(name, 1, labels);
    }

    /** Several more at once. */
    public void add(String name, long amount, String... labels) {
        if (!enabled) {
            return;
        }
        try {
            metric(counters, name, labels, () -> registry.counter(name, tags(labels))).inc(amount);
        } catch (RuntimeException failed) {
            LOG.fine(() -> "metric " + name + " not counted", failed);
        }
    }

    /** How long something took, into a timer exported as a histogram in seconds. */
    public void time(String name, long nanos, String... labels) {
        if (!enabled) {
            return;
        }
        try {
            metric(timers, name, labels, () -> registry.timer(Metadata.builder().withName(name)
                    .withUnit(MetricUnits.SECONDS).build(), tags(labels))).update(Duration.ofNanos(nanos));
        } catch (RuntimeException failed) {
            LOG.fine(() -> "metric " + name + " not timed", failed);
        }
    }

    /** A value read when scraped (keep the supplier cheap: an in-memory figure, not a query). */
    public void gauge(String name, LongSupplier value, String... labels) {
        try {
            synchronized (creating) {
                registry.gauge(name, value::getAsLong, tags(labels));
            }
        } catch (RuntimeException failed) {
            LOG.warning(() -> "gauge " + name + " not registered", failed);
        }
    }

    /**
     * The registry's metric of a name and labels, created once: Payara's registry is not safe for two threads
     * creating the same timer at once (a HashMap in its timer configuration), so creation is serialised here and
     * later calls never reach it. A metric that fails is skipped, never the payment it counts.
     */
    private <M> M metric(ConcurrentMap<String, M> made, String name, String[] labels, Supplier<M> create) {
        String key = name + Arrays.toString(labels);
        M metric = made.get(key);
        if (metric == null) {
            synchronized (creating) {
                metric = made.computeIfAbsent(key, ignored -> create.get());
            }
        }
        return metric;
    }

    private static Tag[] tags(String... pairs) {
        Tag[] tags = new Tag[pairs.length / 2];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = new Tag(pairs[2 * i], pairs[2 * i + 1]);
        }
        return tags;
    }
}
