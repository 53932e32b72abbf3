package org.paygrid.settlement.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.paygrid.settlement.boundary.PayoutBook;

/**
 * Books what the lines mean: per merchant and mode (each in its own transaction) the fee and VAT journal entry
 * of the lines not yet posted and the payouts recomputed with carry-over. A merchant done before a crash is
 * simply found with nothing left to post when the date is run again.
 */
@Named("computePayouts")
@Dependent
public class ComputePayouts extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String runId;

    @EJB
    PayoutBook payouts;

    @Override
    public String process() {
        int booked = 0;
        for (PayoutBook.Account account : payouts.unposted()) {
            booked += payouts.book(account);
        }
        payouts.recordCounts(Long.parseLong(runId), booked);
        return "BOOKED";
    }
}
