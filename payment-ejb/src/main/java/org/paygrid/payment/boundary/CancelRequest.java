package org.paygrid.payment.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.shared.error.Text;

/** Contract: POST /v1/payments/{paymentKey}/cancel. No {@code cancelAmount} cancels the whole balance. */
public record CancelRequest(@Schema(minLength = 1, maxLength = CancelRequest.CANCEL_REASON_LENGTH,
                                    pattern = Text.PATTERN) String cancelReason,
                            Long cancelAmount, Long taxFreeAmount,
                            RefundAccountRequest refundReceiveAccount) {

    /** The longest cancelReason, in code points (merchants' and staff's cancels alike). */
    public static final int CANCEL_REASON_LENGTH = 200;
}
