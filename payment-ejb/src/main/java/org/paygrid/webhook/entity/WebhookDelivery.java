package org.paygrid.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.paygrid.event.entity.EventType;
import org.paygrid.shared.Mode;

/**
 * One event on its way to one endpoint. PENDING with a {@code nextAttemptAt}; a server instance that takes it holds
 * a lease until {@code leaseUntil}, and only the lease holder records the outcome. A lease that ran out belongs to
 * an instance that died (or hung): the delivery may be taken again, so delivery is at least once, never lost.
 */
@Entity
@Table(name = "whk_delivery")
public class WebhookDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_seq", nullable = false, updatable = false)
    private long eventSeq;

    @Column(name = "event_id", nullable = false, updatable = false, length = 40)
    private String eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false, length = 30)
    private EventType eventType;

    @Column(name = "endpoint_id", nullable = false, updatable = false, length = 40)
    private String endpointId;

    @Column(name = "merchant_id", nullable = false, updatable = false, length = 32)
    private String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 4)
    private Mode mode;

    @Column(name = "ordering_key", nullable = false, updatable = false, length = 64)
    private String orderingKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "lease_owner", length = 100)
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    /** The delivery this one sends again (a resend by staff or the merchant). */
    @Column(name = "resend_of", updatable = false)
    private Long resendOf;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected WebhookDelivery() {
        // for JPA
    }

    public WebhookDelivery(long eventSeq, String eventId, EventType eventType, String endpointId, String merchantId,
                           Mode mode, String orderingKey, Instant firstAttemptAt, Long resendOf, Instant now) {
        this.eventSeq = eventSeq;
        this.eventId = eventId;
        this.eventType = eventType;
        this.endpointId = endpointId;
        this.merchantId = merchantId;
        this.mode = mode;
        this.orderingKey = orderingKey;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = firstAttemptAt;
        this.resendOf = resendOf;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Another delivery of the same event to the same endpoint, due now, with a fresh retry schedule. */
    public WebhookDelivery resend(Instant now) {
        return new WebhookDelivery(eventSeq, eventId, eventType, endpointId, merchantId, mode, orderingKey, now, id,
                now);
    }

    /** Due, and nobody holds a live lease on it. (The claim query asks the same of the database.) */
    public boolean claimableAt(Instant now) {
        return status == DeliveryStatus.PENDING && nextAttemptAt != null && !nextAttemptAt.isAfter(now)
                && (leaseUntil == null || leaseUntil.isBefore(now));
    }

    /** This instance sends the next attempt; nobody else may until {@code now + lease}. */
    public void claim(String owner, Instant now, Duration lease) {
        if (!claimableAt(now)) {
            throw new IllegalStateException("delivery " + id + " is not claimable: " + status + ", lease until "
                    + leaseUntil);
        }
        leaseOwner = owner;
        leaseUntil = now.plus(lease);
        updatedAt = now;
    }

    /** Whether {@code owner} still holds the lease: only then does its attempt decide what happens next. */
    public boolean leasedBy(String owner) {
        return status == DeliveryStatus.PENDING && owner.equals(leaseOwner);
    }

    /**
     * Records an attempt's outcome: delivered on a 2xx; otherwise the next attempt follows the schedule, and after
     * the last one the delivery has FAILED. A 410 Gone fails it at once.
     */
    public void attempted(AttemptResult result, RetrySchedule schedule, Instant now) {
        attempts++;
        lastAttemptAt = now;
        leaseOwner = null;
        leaseUntil = null;
        updatedAt = now;
        if (result.delivered()) {
            status = DeliveryStatus.DELIVERED;
            deliveredAt = now;
            nextAttemptAt = null;
        } else if (result.gone()) {
            giveUp(now);
        } else {
            schedule.waitAfter(attempts).ifPresentOrElse(wait -> nextAttemptAt = now.plus(wait), () -> giveUp(now));
        }
    }

    /** Nothing more is sent (the endpoint was deleted or is gone). */
    public void giveUp(Instant now) {
        if (status == DeliveryStatus.PENDING) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
            leaseOwner = null;
            leaseUntil = null;
            updatedAt = now;
        }
    }

    /** A pending delivery waiting for its next retry is sent at the next poll instead. */
    public void dueNow(Instant now) {
        if (status == DeliveryStatus.PENDING && nextAttemptAt != null && nextAttemptAt.isAfter(now)) {
            nextAttemptAt = now;
            updatedAt = now;
        }
    }

    public Long id() { return id; }
    public long eventSeq() { return eventSeq; }
    public String eventId() { return eventId; }
    public EventType eventType() { return eventType; }
    public String endpointId() { return endpointId; }
    public String merchantId() { return merchantId; }
    public Mode mode() { return mode; }
    public String orderingKey() { return orderingKey; }
    public DeliveryStatus status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public String leaseOwner() { return leaseOwner; }
    public Instant leaseUntil() { return leaseUntil; }
    public Instant lastAttemptAt() { return lastAttemptAt; }
    public Instant deliveredAt() { return deliveredAt; }
    public Long resendOf() { return resendOf; }
    public Instant createdAt() { return createdAt; }
}
