package org.paygrid.payment.entity;

/** A move the state table forbids: a bug in the caller, never a client's mistake. */
public class IllegalTransitionException extends IllegalStateException {

    public IllegalTransitionException(PaymentStatus from, PaymentStatus to) {
        super("A payment cannot move from " + from + " to " + to);
    }
}
