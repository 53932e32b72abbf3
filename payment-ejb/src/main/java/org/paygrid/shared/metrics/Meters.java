package org.paygrid.shared.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The business figures every capability reports, in the server's MicroProfile Metrics application registry, which
 * Payara exports at {@code /metrics} in Prometheus' text format: a name {@code paygrid.payment.attempts} becomes
 * {@code paygrid_payment_attempts_total}, a timer {@code paygrid_..._seconds} with the buckets of
 * {@code mp.metrics.distribution.timer.buckets} (5 ms to 10 s). Labels are bounded sets (method, mode, outcome,
 * code, network, rule, route), never a merchant, payment or order.
 */
@ApplicationScoped
public class Meters {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    /** One more of something, e.g. {@code count("paygrid.payment.attempts", "method", "CARD", ...)}. */
    public void count(String name, String... labels) {
        registry.counter(name, tags(labels)).inc();
    }

    /** Several more at once. */
    public void add(String name, long amount, String... labels) {
        registry.counter(name, tags(labels)).inc(amount);
    }

    /** How long something took, into a timer exported as a histogram in seconds. */
    public void time(String name, long nanos, String... labels) {
        registry.timer(Metadata.builder().withName(name).withUnit(MetricUnits.SECONDS).build(), tags(labels))
                .update(Duration.ofNanos(nanos));
    }

    /** A value read when scraped (keep the supplier cheap: an in-memory figure, not a query). */
    public void gauge(String name, LongSupplier value, String... labels) {
        registry.gauge(name, value::getAsLong, tags(labels));
    }

    private static Tag[] tags(String... pairs) {
        Tag[] tags = new Tag[pairs.length / 2];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = new Tag(pairs[2 * i], pairs[2 * i + 1]);
        }
        return tags;
    }
}
