package org.paygrid.sdk;

/** A cancel of a payment: the whole balance when {@code cancelAmount} is null, else that part (부분취소). */
public record Cancel(String cancelReason, Long cancelAmount) {

    public static Cancel all(String reason) {
        return new Cancel(reason, null);
    }

    public static Cancel part(long amount, String reason) {
        return new Cancel(reason, amount);
    }
}
