package org.paygrid.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One HTTP attempt of a delivery, as staff need it to answer "did you send it, and what did we get?". Never changes. */
@Entity
@Table(name = "whk_attempt")
public class DeliveryAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    private long deliveryId;

    @Column(name = "attempt_number", nullable = false, updatable = false)
    private int attemptNumber;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    /** The {@code webhook-timestamp} header this attempt was signed with. */
    @Column(name = "webhook_timestamp", nullable = false, updatable = false)
    private long webhookTimestamp;

    @Column(name = "http_status", updatable = false)
    private Integer httpStatus;

    @Column(updatable = false, length = 300)
    private String error;

    @Column(name = "latency_ms", nullable = false, updatable = false)
    private long latencyMs;

    @Column(name = "response_excerpt", updatable = false, length = 1000)
    private String responseExcerpt;

    /** The server instance that sent it. */
    @Column(name = "sent_by", nullable = false, updatable = false, length = 100)
    private String sentBy;

    protected DeliveryAttempt() {
        // for JPA
    }

    public DeliveryAttempt(long deliveryId, int attemptNumber, Instant attemptedAt, long webhookTimestamp,
                           AttemptResult result, String sentBy) {
        this.deliveryId = deliveryId;
        this.attemptNumber = attemptNumber;
        this.attemptedAt = attemptedAt;
        this.webhookTimestamp = webhookTimestamp;
        this.httpStatus = result.httpStatus();
        this.error = result.error();
        this.latencyMs = result.latencyMs();
        this.responseExcerpt = result.responseExcerpt();
        this.sentBy = sentBy;
    }

    public Long id() { return id; }
    public long deliveryId() { return deliveryId; }
    public int attemptNumber() { return attemptNumber; }
    public Instant attemptedAt() { return attemptedAt; }
    public long webhookTimestamp() { return webhookTimestamp; }
    public Integer httpStatus() { return httpStatus; }
    public String error() { return error; }
    public long latencyMs() { return latencyMs; }
    public String responseExcerpt() { return responseExcerpt; }
    public String sentBy() { return sentBy; }
}
