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
import org.paygrid.shared.json.JsonObjects;

/** One merchant's own version of a rule (e.g. a higher amount threshold for a shop selling laptops). */
@Entity
@Table(name = "fds_rule_override")
public class RuleOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule_id", nullable = false, updatable = false, length = 40)
    private String ruleId;

    @Column(name = "merchant_id", nullable = false, updatable = false, length = 32)
    private String merchantId;

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

    protected RuleOverride() {
        // for JPA
    }

    public RuleOverride(FdsRule rule, String merchantId) {
        this.ruleId = rule.ruleId();
        this.merchantId = merchantId;
    }

    /** Sets the merchant's version (parameters of the rule's kind) and answers the change to keep. */
    public RuleChange change(FdsRule rule, boolean enabled, RuleMode mode, RuleParams params, String actor,
                             Instant now) {
        if (params.getClass() != rule.params().getClass()) {
            throw new IllegalArgumentException("params do not fit a rule of kind " + rule.kind());
        }
        this.enabled = enabled;
        this.mode = mode;
        this.params = params.toJson().toString();
        this.version++;
        this.updatedBy = actor;
        this.updatedAt = now;
        return new RuleChange(ruleId, merchantId, enabled, mode, this.params, version, actor, now);
    }

    public RuleParams params(RuleKind kind) {
        return RuleParams.parse(kind, JsonObjects.parse(params));
    }

    public String ruleId() { return ruleId; }
    public String merchantId() { return merchantId; }
    public boolean enabled() { return enabled; }
    public RuleMode mode() { return mode; }
    public int version() { return version; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
}
