package org.paygrid.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP relay the platform sends through ({@code paygrid.mail.*}): the development stack's mail sink, your relay
 * in production (required there, with STARTTLS unless you say otherwise; ProductionSettings refuses to start
 * without a host and a sender).
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "paygrid.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "paygrid.mail.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "paygrid.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "paygrid.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "paygrid.mail.smtp.starttls", defaultValue = "true")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "paygrid.mail.from", defaultValue = "Paygrid <no-reply@paygrid.local>")
    String from;

    @Inject
    @ConfigProperty(name = "paygrid.mail.poll-interval-ms", defaultValue = "2000")
    long pollIntervalMs;

    /** Without a host nothing is sent: mails wait in the outbox (and the server says so at start). */
    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    public long pollIntervalMs() {
        return Math.max(200, pollIntervalMs);
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    /** Jakarta Mail's session properties; short timeouts, so that a dead relay never holds a sending transaction. */
    public Properties sessionProperties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.orElse("localhost"));
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.auth", String.valueOf(user().isPresent()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        return properties;
    }
}
