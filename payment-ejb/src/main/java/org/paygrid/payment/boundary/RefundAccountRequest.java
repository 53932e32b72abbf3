package org.paygrid.payment.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the refund of a deposited virtual account goes: the customer's own bank account. */
@Schema(name = "RefundReceiveAccount")
public record RefundAccountRequest(@Schema(example = "88", required = true) String bank,
                                   @Schema(example = "110123456789", required = true) String accountNumber,
                                   @Schema(example = "김민지", required = true) String holderName) {
}
