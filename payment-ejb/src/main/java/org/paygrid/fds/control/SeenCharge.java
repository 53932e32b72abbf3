package org.paygrid.fds.control;

import java.time.Instant;
import org.paygrid.fds.entity.Screening;
import org.paygrid.shared.Mode;

/**
 * What the rules see of one charge, the card reduced to its fingerprint and BIN: built from a live charge by the
 * screen, and from a stored screening by the preview of a rule change. Nulls where the charge has no card, e-mail
 * or address.
 */
public record SeenCharge(String merchantId, Mode mode, String method, long amount, String cardFingerprint,
                         String cardBin, String customerEmail, String customerIp, Instant at) {

    /** What a stored screening saw. */
    public static SeenCharge of(Screening s) {
        return new SeenCharge(s.merchantId(), s.mode(), s.method(), s.amount(), s.cardFingerprint(), s.cardBin(),
                s.customerEmail(), s.customerIp(), s.screenedAt());
    }
}
