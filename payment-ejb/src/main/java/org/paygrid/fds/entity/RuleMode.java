package org.paygrid.fds.entity;

/** ENFORCE: a rule that fires decides. SHADOW: it is evaluated and recorded, never enforced (to try a change). */
public enum RuleMode {
    ENFORCE,
    SHADOW
}
