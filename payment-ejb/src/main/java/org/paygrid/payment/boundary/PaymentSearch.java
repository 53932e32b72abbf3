package org.paygrid.payment.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.paygrid.merchant.boundary.MerchantCredential;
import org.paygrid.payment.control.PaymentQueries;
import org.paygrid.payment.control.StaffPaymentFilter;
import org.paygrid.payment.entity.Payment;

/**
 * Read-only payment lookups for staff (support, admin) across all merchants and both modes. Refunds go through
 * {@link Payments#cancelByStaff}, never through here; this boundary changes nothing.
 */
@Stateless
public class PaymentSearch {

    @PersistenceContext
    EntityManager em;

    @EJB
    PaymentQueries queries;

    /** Newest first, offset-paged for the console's table; {@code limit} is held to 1..100. */
    public StaffPaymentPage search(StaffPaymentFilter filter, int offset, int limit) {
        String where = filter.where();
        TypedQuery<Payment> page = em.createQuery(
                        "select p from Payment p" + where + " order by p.requestedAt desc, p.paymentKey", Payment.class)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, 100)));
        TypedQuery<Long> count = em.createQuery("select count(p) from Payment p" + where, Long.class);
        filter.parameters().forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new StaffPaymentPage(page.getResultList(), count.getSingleResult());
    }

    /**
     * A merchant's own search (the dashboard): the staff filters, held to the caller's merchant and mode whatever
     * the filter says.
     */
    public StaffPaymentPage searchOwn(MerchantCredential caller, StaffPaymentFilter filter, int offset, int limit) {
        return search(new StaffPaymentFilter(filter.orderId(), filter.paymentKeyPrefix(), caller.merchantId(),
                filter.status(), filter.method(), caller.mode(), filter.from(), filter.to(), filter.cardLast4()),
                offset, limit);
    }

    /** Any payment with its cancels, whoever it belongs to; unknown keys answer NOT_FOUND_PAYMENT. */
    public PaymentView find(String paymentKey) {
        return queries.load(paymentKey);
    }
}
