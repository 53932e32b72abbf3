package org.paygrid.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One staff or automation action: who did what to which object, and its state before and after. Never changes. */
@Entity
@Table(name = "aud_audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "target_type", nullable = false, updatable = false, length = 40)
    private String targetType;

    @Column(name = "target_id", nullable = false, updatable = false, length = 64)
    private String targetId;

    @Column(name = "before_state", updatable = false, length = 65535)
    private String beforeState;

    @Column(name = "after_state", updatable = false, length = 65535)
    private String afterState;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String targetType, String targetId,
                      String beforeState, String afterState) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public String beforeState() {
        return beforeState;
    }

    public String afterState() {
        return afterState;
    }
}
