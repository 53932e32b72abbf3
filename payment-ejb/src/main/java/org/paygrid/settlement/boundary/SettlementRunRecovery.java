package org.paygrid.settlement.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.List;
import org.paygrid.shared.ThisServer;
import org.paygrid.shared.logging.Log;

/**
 * After a crash, the settlement runs this server was running resume by themselves, shortly
 * after the start: the batch runtime restarts a job only once the application that holds its XML and artifacts is
 * loaded, which is after this bean's own start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SettlementRunRecovery {

    private static final long DELAY_MS = 10_000;
    private static final Log LOG = Log.of(SettlementRunRecovery.class);

    @EJB
    SettlementRuns runs;

    @Resource
    TimerService timers;

    @PostConstruct
    void scheduleResumption() {
        timers.createSingleActionTimer(DELAY_MS, new TimerConfig("resume-interrupted-settlement-runs", false));
    }

    @Timeout
    void resume() {
        try {
            List<Long> resumed = runs.resumeInterrupted();
            if (!resumed.isEmpty()) {
                LOG.info(() -> "settlement run(s) " + resumed + " interrupted in an earlier life of " + ThisServer.NAME
                        + " resumed");
            }
        } catch (RuntimeException notResumed) {
            // staff can still run the date again, which settles only what is not settled yet
            LOG.warning(() -> "interrupted settlement runs not resumed: " + notResumed);
        }
    }
}
