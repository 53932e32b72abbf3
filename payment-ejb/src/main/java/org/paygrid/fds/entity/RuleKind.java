package org.paygrid.fds.entity;

/**
 * The typed kinds of rule; each reads its own parameters ({@link RuleParams}).
 * SANDBOX_CARD: one test card number always gets the rule's decision (contract section 11's sandbox cards).
 * VELOCITY: more than {@code maxAttempts} attempts with the same key (card, e-mail, IP or merchant) at the same
 * merchant and mode within {@code windowMinutes} minutes (only those of at most {@code maxAmount} won when it has
 * one: card testing). AMOUNT: one payment of {@code minAmount} won or more, optionally of one method. LIST: the
 * charge's card, BIN, e-mail or IP is on that block list ({@link ListEntry}).
 */
public enum RuleKind {
    SANDBOX_CARD,
    VELOCITY,
    AMOUNT,
    LIST;

    /** The kind whose parameters these are. */
    public static RuleKind of(RuleParams params) {
        if (params instanceof RuleParams.SandboxCard) {
            return SANDBOX_CARD;
        }
        if (params instanceof RuleParams.Velocity) {
            return VELOCITY;
        }
        if (params instanceof RuleParams.Amount) {
            return AMOUNT;
        }
        return LIST;
    }
}
