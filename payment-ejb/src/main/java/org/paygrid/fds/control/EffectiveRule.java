package org.paygrid.fds.control;

import org.paygrid.fds.entity.FdsRule;
import org.paygrid.fds.entity.RuleKind;
import org.paygrid.fds.entity.RuleMode;
import org.paygrid.fds.entity.RuleOverride;
import org.paygrid.fds.entity.RuleParams;
import org.paygrid.fds.entity.RuleSetting;

/** A rule as it applies to one merchant: its default, or the merchant's own version. */
public record EffectiveRule(String ruleId, RuleKind kind, boolean enabled, RuleMode mode, RuleParams params) {

    /** The rule for a merchant with its own version {@code own}, or for every other merchant when it is null. */
    public static EffectiveRule of(FdsRule rule, RuleOverride own) {
        RuleSetting setting = own == null ? rule.setting() : own.setting();
        return new EffectiveRule(rule.ruleId(), rule.kind(), setting.enabled(), setting.mode(),
                setting.params(rule.kind()));
    }
}
