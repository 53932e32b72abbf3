package org.paygrid.fds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One blocked value on a list (a card's fingerprint, a BIN, an e-mail, an IP), put there by staff with a reason and
 * an optional expiry. A removal is recorded on the entry (who, when), never a delete, so the decisions it made stay
 * explainable.
 */
@Entity
@Table(name = "fds_list_entry")
public class ListEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_kind", nullable = false, updatable = false, length = 8)
    private ListKind list;

    @Column(name = "list_value", nullable = false, updatable = false, length = 100)
    private String value;

    @Column(nullable = false, updatable = false, length = 200)
    private String reason;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "added_by", nullable = false, updatable = false, length = 100)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "removed_by", length = 100)
    private String removedBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected ListEntry() {
        // for JPA
    }

    public ListEntry(ListKind list, String value, String reason, Instant expiresAt, String addedBy, Instant addedAt) {
        if (expiresAt != null && !expiresAt.isAfter(addedAt)) {
            throw new IllegalArgumentException("expiresAt must be in the future");
        }
        this.list = list;
        this.value = list.normalize(value);
        this.reason = reason;
        this.expiresAt = expiresAt;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** Whether the entry blocks at {@code now}: not removed, not expired. */
    public boolean activeAt(Instant now) {
        return removedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public void remove(String actor, Instant now) {
        if (removedAt == null) {
            this.removedBy = actor;
            this.removedAt = now;
        }
    }

    public Long id() { return id; }
    public ListKind list() { return list; }
    public String value() { return value; }
    public String reason() { return reason; }
    public Instant expiresAt() { return expiresAt; }
    public String addedBy() { return addedBy; }
    public Instant addedAt() { return addedAt; }
    public String removedBy() { return removedBy; }
    public Instant removedAt() { return removedAt; }
}
