package org.paygrid.fds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A rule as data: its kind and its default setting ({@link RuleSetting}: whether it runs, whether it is enforced or
 * only recorded (SHADOW), and its parameters).
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

    @Embedded
    private RuleSetting setting;

    protected FdsRule() {
        // for JPA
    }

    /** Changes the rule (parameters checked by their kind) and answers the change to keep. */
    public RuleChange change(boolean enabled, RuleMode mode, RuleParams params, String actor, Instant now) {
        setting.change(kind, enabled, mode, params, actor, now);
        return new RuleChange(ruleId, null, setting);
    }

    public String ruleId() { return ruleId; }
    public RuleKind kind() { return kind; }
    public RuleSetting setting() { return setting; }
}
