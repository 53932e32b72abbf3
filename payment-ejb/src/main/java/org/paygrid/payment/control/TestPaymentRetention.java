package org.paygrid.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Period;
import org.paygrid.shared.retention.OldestFirst;
import org.paygrid.shared.retention.TableRetention;

/**
 * Test-mode payments move no money and are kept 90 days after their last change (a cancel counts), with their
 * transactions and test journal entries: long enough to debug an integration, short enough that a merchant's
 * load tests do not stay forever.
 */
@ApplicationScoped
public class TestPaymentRetention extends TableRetention {

    private static final OldestFirst TEST_PAYMENTS = new OldestFirst("pay_payment", "payment_key", "updated_at", "mode = 'TEST'");

    @Inject
    PaymentRemoval removal;

    @Override
    protected OldestFirst records() {
        return TEST_PAYMENTS;
    }

    @Override
    public String name() {
        return "test-payments";
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
