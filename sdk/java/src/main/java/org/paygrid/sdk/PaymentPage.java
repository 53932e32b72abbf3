package org.paygrid.sdk;

import java.util.List;

/** One page of payments, newest first; {@code nextCursor} null on the last page. */
public record PaymentPage(List<Payment> items, String nextCursor) {
}
