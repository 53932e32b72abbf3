package org.paygrid.payment.control;

import java.time.Instant;

/** An authorization sent to the network whose answer is not known: the reconciler asks the network about it. */
public record OpenAuthorization(long id, String paymentKey, Instant requestedAt) {
}
