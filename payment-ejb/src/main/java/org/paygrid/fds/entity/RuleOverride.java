package org.paygrid.fds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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

    @Embedded
    private RuleSetting setting = new RuleSetting();

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
        setting.change(rule.kind(), enabled, mode, params, actor, now);
        return new RuleChange(ruleId, merchantId, setting);
    }

    public String ruleId() { return ruleId; }
    public String merchantId() { return merchantId; }
    public RuleSetting setting() { return setting; }
}
