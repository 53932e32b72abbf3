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

/** One change of a rule (of its default, or of one merchant's version): who set what, when. Never changes. */
@Entity
@Table(name = "fds_rule_change")
public class RuleChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule_id", nullable = false, updatable = false, length = 40)
    private String ruleId;

    /** The merchant whose version changed; null for the default every merchant starts with. */
    @Column(name = "merchant_id", updatable = false, length = 32)
    private String merchantId;

    @Column(nullable = false, updatable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private RuleMode mode;

    @Column(nullable = false, updatable = false, length = 2000)
    private String params;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected RuleChange() {
        // for JPA
    }

    /** The record of {@code setting} as it was just set. */
    RuleChange(String ruleId, String merchantId, RuleSetting setting) {
        this.ruleId = ruleId;
        this.merchantId = merchantId;
        this.enabled = setting.enabled();
        this.mode = setting.mode();
        this.params = setting.paramsJson();
        this.version = setting.version();
        this.changedBy = setting.updatedBy();
        this.changedAt = setting.updatedAt();
    }

    public String ruleId() { return ruleId; }
    public String merchantId() { return merchantId; }
    public boolean enabled() { return enabled; }
    public RuleMode mode() { return mode; }
    public String params() { return params; }
    public int version() { return version; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
}
