package org.paygrid.fds.entity;

/**
 * The typed kinds of rule; each reads its own parameters ({@link RuleParams}).
 * SANDBOX_CARD: one test card number always gets the rule's decision (contract section 11's sandbox cards).
 * VELOCITY: more than {@code maxAttempts} attempts with the same key (card, e-mail, IP or merchant) at the same
 * merchant and mode within {@code windowMinutes} minutes. AMOUNT: one payment of {@code minAmount} won or more,
 * optionally of one method.
 */
public enum RuleKind {
    SANDBOX_CARD,
    VELOCITY,
    AMOUNT
}
