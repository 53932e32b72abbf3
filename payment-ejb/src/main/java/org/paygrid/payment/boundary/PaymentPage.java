package org.paygrid.payment.boundary;

import java.util.List;

/** One page of a payment list, newest first; {@code nextCursor} is null on the last page. */
public record PaymentPage(List<PaymentView> items, String nextCursor) {
}
