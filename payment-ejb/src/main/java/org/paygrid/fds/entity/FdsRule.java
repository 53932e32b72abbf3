package org.paygrid.fds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.paygrid.shared.json.JsonObjects;

/**
 * A rule as data: its kind, whether it runs, whether it is enforced or only recorded (SHADOW), and its parameters.
 * The defaults apply to every merchant; a merchant's own version of a rule ({@link RuleOverride}) replaces them for
 * that merchant. Every change is kept ({@link RuleChange}).
 */
@Entity
@Table(name = "fds_rule")
public class FdsRule {

    @Id
    @Column(name = "rule_id", length = 40)
    private String ruleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private RuleKind kind;

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RuleMode mode;

    @Column(nullable = false, length = 2000)
    private String params;

    @Column(nullable = false)
    private int version;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FdsRule() {
        // for JPA
    }

    /** Changes the rule (parameters checked by their kind) and answers the change to keep. */
    public RuleChange change(boolean enabled, RuleMode mode, RuleParams params, String actor, Instant now) {
        if (params.getClass() != params().getClass()) {
            throw new IllegalArgumentException("params do not fit a rule of kind " + kind);
        }
        this.enabled = enabled;
        this.mode = mode;
        this.params = params.toJson().toString();
        this.version++;
        this.updatedBy = actor;
        this.updatedAt = now;
        return new RuleChange(ruleId, null, enabled, mode, this.params, version, actor, now);
    }

    public RuleParams params() {
        return RuleParams.parse(kind, JsonObjects.parse(params));
    }

    public String ruleId() { return ruleId; }
    public RuleKind kind() { return kind; }
    public boolean enabled() { return enabled; }
    public RuleMode mode() { return mode; }
    public int version() { return version; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
}
