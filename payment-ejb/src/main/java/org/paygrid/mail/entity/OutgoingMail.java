package org.paygrid.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One e-mail to send: what it tells ({@code kind}, and the {@code reference} of the fact, e.g. a member's id) and to
 * whom. The words are composed when it is sent.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    /** Waits after the 1st, 2nd, ... failed attempt; after the last the mail is given up (about a day in all). */
    static final List<Duration> RETRY_WAITS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
    private String kind;

    @Column(nullable = false, length = 64, updatable = false)
    private String reference;

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutgoingMail() {
        // for JPA
    }

    public OutgoingMail(String kind, String reference, String recipient, Instant at) {
        this.kind = Objects.requireNonNull(kind);
        this.reference = Objects.requireNonNull(reference);
        this.recipient = Objects.requireNonNull(recipient);
        this.status = MailStatus.PENDING;
        this.dueAt = at;
        this.createdAt = at;
    }

    public void sent(Instant at) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = at;
        lastError = null;
    }

    /** The fact no longer calls for it (e.g. the invitation was withdrawn before it went out). */
    public void drop(Instant at) {
        status = MailStatus.DROPPED;
        sentAt = at;
    }

    /** A failed attempt: due again after the next wait, or FAILED after the last. */
    public void failed(String error, Instant at) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (attempts > RETRY_WAITS.size()) {
            status = MailStatus.FAILED;
        } else {
            dueAt = at.plus(RETRY_WAITS.get(attempts - 1));
        }
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String recipient() {
        return recipient;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String lastError() {
        return lastError;
    }
}
