package org.paygrid.settlement.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.paygrid.settlement.boundary.Reconciliation;

/** The reconciliation job's one step: compare the date's books with the acquirer's capture file. */
@Named("reconcileCaptureFile")
@Dependent
public class ReconcileCaptureFile extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String businessDate;

    @Inject
    JobContext job;

    @EJB
    Reconciliation reconciliation;

    @Override
    public String process() throws Exception {
        int found = reconciliation.reconcile(LocalDate.parse(businessDate), job.getExecutionId());
        job.setExitStatus(found + " new mismatch(es)");
        return "RECONCILED";
    }
}
