package org.paygrid.console.settlement;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.console.shared.ConsoleMessages;
import org.paygrid.settlement.boundary.MerchantPayouts;
import org.paygrid.settlement.boundary.Reconciliation;
import org.paygrid.settlement.boundary.SettlementRunView;
import org.paygrid.settlement.boundary.SettlementRuns;
import org.paygrid.settlement.boundary.SoldDayRow;

/**
 * One settlement run: batch status, counts and timings (re-read every second while it runs), each merchant's
 * lines of the run's date with a link to its CSV report, and the date's reconciliation with the acquirer: start it,
 * follow it, read every mismatch it stored (nothing is fixed automatically; staff decide).
 */
@Named
@ViewScoped
public class SettlementRunDetail implements Serializable {

    /** Jakarta Batch's final statuses: the page stops following the run at one of them. */
    private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
    private static final int MERCHANTS = 200;

    @EJB
    SettlementRuns runs;

    @EJB
    MerchantPayouts payouts;

    @EJB
    Reconciliation reconciliation;

    @Inject
    StaffSession staff;

    private Long id;
    private RunRow run;
    private List<SoldDayRow> merchants = List.of();
    private Long reconciliationId;
    private String reconciliationStatus;
    private List<Reconciliation.MismatchView> mismatches = List.of();

    /** The page's view action: reads the run named by {@code ?id=}. */
    public void load() {
        staff.actorOn(ConsoleScreen.SETTLEMENT);
        if (id == null) {
            ConsoleMessages.error(ConsoleMessages.text("run.notFound"));
            return;
        }
        refresh();
        if (run != null) {
            readReconciliation();
        }
    }

    /** The poll's listener: the run, and a reconciliation started here until it ends (mismatches change only then). */
    public void refresh() {
        staff.actorOn(ConsoleScreen.SETTLEMENT);
        SettlementRunView found = ConsoleMessages.attempt(() -> runs.find(id));
        run = found == null ? null : RunRow.of(found);
        if (run != null && FINISHED.contains(run.status())) {
            List<SoldDayRow> sold = ConsoleMessages.attempt(() -> payouts.soldOn(run.date(), MERCHANTS));
            merchants = sold == null ? List.of() : sold;
        }
        if (run != null && isReconciling()) {
            readReconciliation();
        }
    }

    /** Starts the reconciliation of the run's date with the acquirer's capture file (finance); the page follows it. */
    public void reconcile() {
        String actor = staff.actorOn(ConsoleScreen.SETTLEMENT);
        Long started = ConsoleMessages.attempt(() -> reconciliation.start(run.date(), actor));
        if (started != null) {
            reconciliationId = started;
            ConsoleMessages.info("reconciliation.started", String.valueOf(started), run.date().toString());
            readReconciliation();
        }
    }

    private void readReconciliation() {
        if (reconciliationId != null) {
            Reconciliation.RunView found = ConsoleMessages.attempt(() -> reconciliation.find(reconciliationId));
            reconciliationStatus = found == null ? null : found.status();
        }
        List<Reconciliation.MismatchView> found = ConsoleMessages.attempt(() -> reconciliation.mismatches(run.date()));
        mismatches = found == null ? List.of() : found;
    }

    public boolean isReconciling() {
        return reconciliationStatus != null && !FINISHED.contains(reconciliationStatus);
    }

    public Long getReconciliationId() {
        return reconciliationId;
    }

    public String getReconciliationStatus() {
        return reconciliationStatus;
    }

    public List<Reconciliation.MismatchView> getMismatches() {
        return mismatches;
    }

    /** Whether the page can stop polling: the run and any reconciliation started here have ended. */
    public boolean isFinished() {
        return (run == null || FINISHED.contains(run.status())) && !isReconciling();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RunRow getRun() {
        return run;
    }

    public List<SoldDayRow> getMerchants() {
        return merchants;
    }
}
