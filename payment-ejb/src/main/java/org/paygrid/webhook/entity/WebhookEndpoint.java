package org.paygrid.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.paygrid.keys.entity.Sealed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.paygrid.event.entity.EventType;
import org.paygrid.shared.Mode;

/**
 * Where a merchant wants events of one mode sent. The signing secret is held encrypted (AES-GCM, the endpoint id
 * as associated data) because signing needs it in clear; {@code secretHint} is what lists show.
 */
@Entity
@Table(name = "whk_endpoint")
@EntityListeners(EndpointChanges.class)
public class WebhookEndpoint {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "merchant_id", nullable = false, updatable = false, length = 32)
    private String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 4)
    private Mode mode;

    @Column(nullable = false, updatable = false, length = 1000)
    private String url;

    /** Comma-separated event types; null means every type. */
    @Column(name = "event_types", updatable = false, length = 200)
    private String eventTypes;

    @Column(name = "secret_key_id", nullable = false, length = 20)
    private String secretKeyId;

    @Column(name = "secret_iv", nullable = false, length = 12)
    private byte[] secretIv;

    @Column(name = "secret_ciphertext", nullable = false, length = 128)
    private byte[] secretCiphertext;

    @Column(name = "secret_hint", nullable = false, length = 20)
    private String secretHint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EndpointStatus status;

    @Column(name = "status_reason", length = 300)
    private String statusReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected WebhookEndpoint() {
        // for JPA
    }

    /** {@code types} empty means every event type, now and future. */
    public WebhookEndpoint(String id, String merchantId, Mode mode, String url, Set<EventType> types, Instant now) {
        this.id = id;
        this.merchantId = merchantId;
        this.mode = mode;
        this.url = url;
        this.eventTypes = types.isEmpty() ? null
                : types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.status = EndpointStatus.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void sealedSecret(Sealed sealed, String hint) {
        this.secretKeyId = sealed.keyId();
        this.secretIv = sealed.iv();
        this.secretCiphertext = sealed.ciphertext();
        this.secretHint = hint;
    }

    /** What it subscribes to (the rule is {@link Subscription#subscribesTo}). */
    public Subscription subscription() {
        return new Subscription(id, eventTypes());
    }

    /** The subscribed types; empty means all. */
    public Set<EventType> eventTypes() {
        if (eventTypes == null) {
            return Set.of();
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Arrays.stream(eventTypes.split(",")).map(EventType::valueOf).forEach(types::add);
        return types;
    }

    /** The receiver answered 410 Gone: nothing more is sent to it. */
    public void disable(String reason, Instant now) {
        if (status == EndpointStatus.ACTIVE) {
            status = EndpointStatus.DISABLED;
            statusReason = reason;
            updatedAt = now;
        }
    }

    public void delete(Instant now) {
        status = EndpointStatus.DELETED;
        statusReason = "deleted by the merchant";
        updatedAt = now;
    }

    public boolean belongsTo(String merchantId, Mode mode) {
        return this.merchantId.equals(merchantId) && this.mode == mode;
    }

    public String id() { return id; }
    public String merchantId() { return merchantId; }
    public Mode mode() { return mode; }
    public String url() { return url; }
    public Sealed sealedSecret() { return new Sealed(secretKeyId, secretIv, secretCiphertext); }
    public String secretHint() { return secretHint; }
    public EndpointStatus status() { return status; }
    public String statusReason() { return statusReason; }
    public Instant createdAt() { return createdAt; }
}
