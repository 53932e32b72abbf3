package org.paygrid.payment.boundary;

import java.util.List;
import org.paygrid.payment.entity.Payment;

/** One page of a staff payment search and the total number of matches. */
public record StaffPaymentPage(List<Payment> payments, long total) {
}
