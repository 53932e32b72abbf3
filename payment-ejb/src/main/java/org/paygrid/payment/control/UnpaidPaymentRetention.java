package org.paygrid.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Period;
import org.paygrid.shared.retention.OldestFirst;
import org.paygrid.shared.retention.TableRetention;

/**
 * A payment window that expired before the customer paid never reached a card network or bank: no transaction,
 * no money, nothing for the five years of an electronic financial transaction record. Kept 90 days (a merchant
 * may ask why an order was not paid), in either mode. A payment with any transaction is not this rule's.
 */
@ApplicationScoped
public class UnpaidPaymentRetention extends TableRetention {

    private static final OldestFirst EXPIRED_UNTRIED = new OldestFirst("pay_payment", "payment_key", "requested_at",
            "status = 'EXPIRED' and not exists (select 1 from pay_transaction t where t.payment_key = pay_payment.payment_key)");

    @Inject
    PaymentRemoval removal;

    @Override
    protected OldestFirst records() {
        return EXPIRED_UNTRIED;
    }

    @Override
    public String name() {
        return "unpaid-payments";
    }

    @Override
    public Period keptFor() {
        return Period.ofDays(90);
    }

    @Override
    protected int removeBelongings(OldestFirst.Batch batch) {
        return removal.removeBelongings(batch.keysAs(String.class));
    }
}
