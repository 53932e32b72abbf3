package org.paygrid.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.paygrid.shared.Mode;

/**
 * Something that happened to a merchant's object, as the merchant is told about it. The body is written once, as
 * text, so that every webhook attempt and every read sends the same bytes. {@code seq} orders events (oldest
 * first) and pages them; {@code id} is what merchants see. Never changes.
 */
@Entity
@Table(name = "evt_event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;

    /** The order in which the event became visible to readers (see EventPublication); null until published. */
    @Column(name = "published_seq", insertable = false, updatable = false)
    private Long publishedSeq;

    @Column(nullable = false, updatable = false, unique = true, length = 40)
    private String id;

    @Column(name = "merchant_id", nullable = false, updatable = false, length = 32)
    private String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 4)
    private Mode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private EventType type;

    /** Events with the same key (e.g. one payment's) are delivered to an endpoint in the order they happened. */
    @Column(name = "ordering_key", nullable = false, updatable = false, length = 64)
    private String orderingKey;

    /** The money movement the event reports (a payment transaction's key), if it reports one. */
    @Column(name = "transaction_key", updatable = false, length = 40)
    private String transactionKey;

    @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Event() {
        // for JPA
    }

    public Event(String id, String merchantId, Mode mode, EventType type, String orderingKey, String transactionKey,
                 String body, Instant createdAt) {
        this.id = id;
        this.merchantId = merchantId;
        this.mode = mode;
        this.type = type;
        this.orderingKey = orderingKey;
        this.transactionKey = transactionKey;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long seq() { return seq; }
    public Long publishedSeq() { return publishedSeq; }
    public String id() { return id; }
    public String merchantId() { return merchantId; }
    public Mode mode() { return mode; }
    public EventType type() { return type; }
    public String orderingKey() { return orderingKey; }
    public String transactionKey() { return transactionKey; }
    public String body() { return body; }
    public Instant createdAt() { return createdAt; }
}
