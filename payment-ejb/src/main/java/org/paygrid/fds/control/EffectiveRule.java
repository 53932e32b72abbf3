package org.paygrid.fds.control;

import org.paygrid.fds.entity.RuleKind;
import org.paygrid.fds.entity.RuleMode;
import org.paygrid.fds.entity.RuleParams;

/** A rule as it applies to one merchant: its default, or the merchant's own version. */
public record EffectiveRule(String ruleId, RuleKind kind, boolean enabled, RuleMode mode, RuleParams params) {
}
