package org.paygrid.idempotency.entity;

import org.paygrid.shared.crypto.Sha256;

/**
 * The caller's {@code Idempotency-Key}, as stored on what a request created (a payment, a cancel): a retry that
 * takes over a request which died half-way finds the work already done and resumes from it instead of doing it
 * twice. Stored as a SHA-256, since the key is the merchant's text, up to 300 characters.
 */
public record RetryKey(String hash) {

    public RetryKey {
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a retry key is a hex SHA-256");
        }
    }

    /**
     * The retry key of a staff member's request: their keys are their own, never mistaken for a merchant's key (or
     * another staff member's) on the same payment.
     */
    public static RetryKey ofStaffHeader(String staff, String idempotencyKey) {
        return idempotencyKey == null || idempotencyKey.isEmpty() ? null
                : new RetryKey(Sha256.hex("staff:" + staff + ":" + idempotencyKey));
    }

    /**
     * The retry key of a dashboard form sent by a merchant's member: the token the form was drawn with, so a form
     * sent twice (a double click, a reload) cancels once.
     */
    public static RetryKey ofMemberForm(String subject, String formToken) {
        return new RetryKey(Sha256.hex("member:" + subject + ":" + formToken));
    }

    /** The retry key of a request, or null when it carried no {@code Idempotency-Key}. */
    public static RetryKey ofHeader(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isEmpty()) {
            return null;
        }
        return new RetryKey(Sha256.hex(idempotencyKey));
    }
}
