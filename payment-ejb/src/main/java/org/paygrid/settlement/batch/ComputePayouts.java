package org.paygrid.settlement.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.paygrid.settlement.boundary.PayoutBook;

/**
 * Books what the lines mean: per merchant and mode (a hundred merchants per transaction) the fee and VAT journal entry
 * of the lines not yet posted and the payouts recomputed with carry-over. A merchant done before a crash is
 * simply found with nothing left to post when the date is run again.
 */
@Named("computePayouts")
@Dependent
public class ComputePayouts extends AbstractBatchlet {

    /** Merchants booked per transaction: few enough to keep locks short, enough to spare a commit per merchant. */
    static final int ACCOUNTS_PER_TRANSACTION = 100;

    @Inject
    @BatchProperty
    String runId;

    @EJB
    PayoutBook payouts;

    @Override
    public String process() {
        List<PayoutBook.Account> accounts = payouts.unposted();
        int booked = 0;
        for (int from = 0; from < accounts.size(); from += ACCOUNTS_PER_TRANSACTION) {
            booked += payouts.book(List.copyOf(
                    accounts.subList(from, Math.min(accounts.size(), from + ACCOUNTS_PER_TRANSACTION))));
        }
        payouts.recordCounts(Long.parseLong(runId), booked);
        return "BOOKED";
    }
}
