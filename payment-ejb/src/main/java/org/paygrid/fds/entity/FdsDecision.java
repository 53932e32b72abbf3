package org.paygrid.fds.entity;

/** What a screen says about a charge, weakest first: the strongest decision of the enforced rules that fired wins. */
public enum FdsDecision {
    ALLOW,
    REVIEW,
    BLOCK;

    public FdsDecision strongest(FdsDecision other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
