package org.paygrid.settlement.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.paygrid.shared.time.ClockProducer;

/**
 * The nightly run at 02:00 Asia/Seoul settles the previous business date, and at 09:00 the payouts due today are
 * paid. Persistent timers: in a cluster each fires on one instance only, and a missed one fires after a restart.
 */
@Singleton
public class NightlySettlement {

    private static final Logger LOG = Logger.getLogger(NightlySettlement.class.getName());

    @EJB
    SettlementRuns runs;

    @EJB
    SettlementReferenceData referenceData;

    @EJB
    PayoutBook payouts;

    @Inject
    Clock clock;

    @Schedule(hour = "2", minute = "0", timezone = "Asia/Seoul", persistent = true, info = "nightly settlement")
    public void settlePreviousBusinessDay() {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.SEOUL));
        LocalDate date = referenceData.calendar().previousBusinessDay(today);
        SettlementRunView run = runs.start(date, "scheduler");
        LOG.info(() -> "nightly settlement of " + date + " started as run " + run.runId());
    }

    @Schedule(hour = "9", minute = "0", timezone = "Asia/Seoul", persistent = true, info = "payouts due today")
    public void payDuePayouts() {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.SEOUL));
        payouts.due(today).forEach(payouts::pay);
    }
}
