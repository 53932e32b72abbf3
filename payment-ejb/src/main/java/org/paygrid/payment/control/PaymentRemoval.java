package org.paygrid.payment.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.paygrid.fds.boundary.Screenings;
import org.paygrid.ledger.boundary.Ledger;

/**
 * What belongs to payments past their retention: their transactions, sealed card, refund requests, fraud screening
 * and (in test mode) journal entries, removed in the caller's transaction just before the payments themselves, so
 * that no half-removed payment is ever seen.
 */
@Dependent
public class PaymentRemoval {

    /** The payment's own tables that refer to it, children first. */
    private static final List<String> CHILDREN = List.of("pay_card_vault", "pay_refund_request", "pay_transaction");

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    Screenings screenings;

    /** Answers how many rows went, of every table. */
    public int removeBelongings(List<String> paymentKeys) {
        if (paymentKeys.isEmpty()) {
            return 0;
        }
        int removed = ledger.forgetTestPayments(paymentKeys) + screenings.forget(paymentKeys);
        for (String table : CHILDREN) {
            removed += em.createNativeQuery("delete from " + table + " where payment_key in (?1)")
                    .setParameter(1, paymentKeys).executeUpdate();
        }
        return removed;
    }
}
