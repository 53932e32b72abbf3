package org.paygrid.sdk;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The Paygrid API for a merchant's server, with its secret key:
 *
 * <pre>{@code
 * Paygrid paygrid = Paygrid.builder(System.getenv("PAYGRID_SECRET_KEY")).baseUrl("https://pay.example").build();
 * Payment paid = paygrid.payments().keyIn(KeyInPayment.of("order-1", "Book", 15000, card, "30", "12"), null);
 * paygrid.payments().cancel(paid.paymentKey(), Cancel.part(5000, "one item out of stock"), null);
 * }</pre>
 *
 * Thread-safe; make one and share it.
 */
public final class Paygrid {

    /** The SDK's version (the Maven artifact's); its major version follows the API's (v1). */
    public static final String VERSION = version();

    private final Payments payments;
    private final VirtualAccounts virtualAccounts;
    private final Billing billing;
    private final WebhookEndpoints webhookEndpoints;
    private final Events events;
    private final Settlements settlements;

    private Paygrid(Transport transport) {
        this.payments = new Payments(transport);
        this.virtualAccounts = new VirtualAccounts(transport);
        this.billing = new Billing(transport);
        this.webhookEndpoints = new WebhookEndpoints(transport);
        this.events = new Events(transport);
        this.settlements = new Settlements(transport);
    }

    private static String version() {
        var properties = new java.util.Properties();
        try (var in = Paygrid.class.getResourceAsStream("/paygrid-java.properties")) {
            properties.load(in);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("paygrid-java.properties is missing from the SDK's jar", e);
        }
        return properties.getProperty("version");
    }

    public static Builder builder(String secretKey) {
        return new Builder(secretKey);
    }

    public Payments payments() {
        return payments;
    }

    public VirtualAccounts virtualAccounts() {
        return virtualAccounts;
    }

    public Billing billing() {
        return billing;
    }

    public WebhookEndpoints webhookEndpoints() {
        return webhookEndpoints;
    }

    public Events events() {
        return events;
    }

    public Settlements settlements() {
        return settlements;
    }

    public static final class Builder {

        private final String secretKey;
        private URI baseUrl = URI.create("http://localhost:8080/");
        private RetryPolicy retries = RetryPolicy.DEFAULT;
        private Duration timeout = Duration.ofSeconds(30);
        private Transport.Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());

        private Builder(String secretKey) {
            if (secretKey == null || !secretKey.startsWith("sk_")) {
                throw new IllegalArgumentException("A secret key (sk_test_... or sk_live_...) is needed");
            }
            this.secretKey = secretKey;
        }

        /** The platform's address, e.g. {@code https://pay.example} (no path). */
        public Builder baseUrl(String url) {
            this.baseUrl = URI.create(url.endsWith("/") ? url : url + "/");
            return this;
        }

        public Builder retries(RetryPolicy retries) {
            this.retries = Objects.requireNonNull(retries);
            return this;
        }

        /** How long one attempt may take; a payment waits for the card network, so keep it well above 10 s. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        Builder sleeper(Transport.Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        public Paygrid build() {
            return new Paygrid(new Transport(baseUrl, secretKey, retries, timeout, sleeper));
        }
    }
}
