package org.paygrid.console.settlement;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.console.shared.ConsoleMessages;
import org.paygrid.settlement.boundary.MerchantPayouts;
import org.paygrid.settlement.boundary.PayoutBook;
import org.paygrid.settlement.boundary.PayoutRow;
import org.paygrid.settlement.boundary.SettlementRunView;
import org.paygrid.settlement.boundary.SettlementRuns;
import org.paygrid.shared.time.ClockProducer;

/**
 * The settlement screen (finance; admin too): recent runs, a run for a business date, the payouts of every merchant
 * around a date and their release. Runs are {@link SettlementRuns}' (the batch job, its audit entry); a release is
 * {@link PayoutBook#due} then {@link PayoutBook#pay} for each, as the 09:00 job does.
 */
@Named
@ViewScoped
public class SettlementRunList implements Serializable {

    private static final int RUNS = 20;
    private static final int PAYOUTS = 200;

    @EJB
    SettlementRuns runs;

    @EJB
    PayoutBook payoutBook;

    @EJB
    MerchantPayouts payouts;

    @Inject
    StaffSession staff;

    private LocalDate runDate = today();
    private LocalDate payoutsFrom = today().minusDays(7);
    private LocalDate payoutsTo = today().plusDays(14);
    private LocalDate releaseDate = today();
    private List<RunRow> recent = List.of();
    private List<PayoutRow> payoutRows = List.of();

    @PostConstruct
    void read() {
        staff.actorOn(ConsoleScreen.SETTLEMENT);
        refresh();
        searchPayouts();
    }

    public void refresh() {
        List<SettlementRunView> found = ConsoleMessages.attempt(() -> runs.recent(RUNS));
        recent = found == null ? List.of() : found.stream().map(RunRow::of).toList();
    }

    /** Starts the run and opens its page, which follows it until it ends. */
    public String start() {
        String actor = staff.actorOn(ConsoleScreen.SETTLEMENT);
        if (runDate == null) {
            ConsoleMessages.error(ConsoleMessages.text("run.date.required"));
            return null;
        }
        SettlementRunView started = ConsoleMessages.attempt(() -> runs.start(runDate, actor));
        if (started == null) {
            refresh();
            return null;
        }
        return "/settlement/run?faces-redirect=true&id=" + started.runId();
    }

    public void searchPayouts() {
        staff.actorOn(ConsoleScreen.SETTLEMENT);
        if (payoutsFrom == null || payoutsTo == null || payoutsTo.isBefore(payoutsFrom)) {
            ConsoleMessages.error(ConsoleMessages.text("payouts.range.invalid"));
            return;
        }
        List<PayoutRow> found = ConsoleMessages.attempt(() -> payouts.between(payoutsFrom, payoutsTo, PAYOUTS));
        payoutRows = found == null ? List.of() : found;
    }

    /** Pays every scheduled payout due by the date, one transaction each (a failure leaves the rest paid). */
    public void release() {
        staff.actorOn(ConsoleScreen.SETTLEMENT);
        if (releaseDate == null) {
            ConsoleMessages.error(ConsoleMessages.text("release.date.required"));
            return;
        }
        List<Long> due = ConsoleMessages.attempt(() -> payoutBook.due(releaseDate));
        if (due == null) {
            return;
        }
        int paid = 0;
        for (Long id : due) {
            if (ConsoleMessages.attempt(() -> {
                payoutBook.pay(id);
                return id;
            }) != null) {
                paid++;
            }
        }
        ConsoleMessages.info("release.done", paid, releaseDate);
        searchPayouts();
    }

    private static LocalDate today() {
        return LocalDate.now(ClockProducer.SEOUL);
    }

    public List<RunRow> getRecent() {
        return recent;
    }

    public List<PayoutRow> getPayoutRows() {
        return payoutRows;
    }

    public LocalDate getRunDate() {
        return runDate;
    }

    public void setRunDate(LocalDate runDate) {
        this.runDate = runDate;
    }

    public LocalDate getPayoutsFrom() {
        return payoutsFrom;
    }

    public void setPayoutsFrom(LocalDate payoutsFrom) {
        this.payoutsFrom = payoutsFrom;
    }

    public LocalDate getPayoutsTo() {
        return payoutsTo;
    }

    public void setPayoutsTo(LocalDate payoutsTo) {
        this.payoutsTo = payoutsTo;
    }

    public LocalDate getReleaseDate() {
        return releaseDate;
    }

    public void setReleaseDate(LocalDate releaseDate) {
        this.releaseDate = releaseDate;
    }
}
