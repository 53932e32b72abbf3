package org.paygrid.housekeeping.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.housekeeping.entity.PurgeRun;
import org.paygrid.shared.metrics.Meters;
import org.paygrid.shared.retention.Retention;
import org.paygrid.shared.logging.Log;

/**
 * Runs one rule to its end: batch after batch, oldest first, each in its own transaction sized to take about
 * {@code paygrid.housekeeping.batch-millis} (30 ms), then a pause of {@code pause-ratio} (1.0) times as long, so
 * that the purge never takes more than half of a core or holds a lock for long, and approvals keep their pace.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Purger {

    private static final Log LOG = Log.of(Purger.class);
    private static final Instant BEGINNING = Instant.EPOCH;

    @EJB
    PurgeBatches batches;

    @EJB
    PurgeRuns runs;

    @Inject
    Meters meters;

    @Inject
    @ConfigProperty(name = "paygrid.housekeeping.batch-millis", defaultValue = "30")
    int batchMillis;

    @Inject
    @ConfigProperty(name = "paygrid.housekeeping.pause-ratio", defaultValue = "1.0")
    double pauseRatio;

    /**
     * Records are kept for their whole retention counted from the start of today (UTC): the cutoff moves once a
     * day, and a record's fate does not depend on the minute the run started.
     */
    public static Instant cutoff(Period keptFor, Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).minus(keptFor).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public PurgeRun purge(Retention rule, Instant now, String runBy) {
        Instant cutoff = cutoff(rule.keptFor(), now);
        BatchSize size = new BatchSize(batchMillis, 20, 5_000);
        Instant started = Instant.now();
        Instant from = BEGINNING;
        int limit = BatchSize.FIRST;
        long removed = 0;
        int count = 0;
        long longest = 0;
        String failure = null;
        try {
            while (true) {
                long t0 = System.nanoTime();
                Retention.Purged done = batches.next(rule, from, cutoff, limit);
                long took = (System.nanoTime() - t0) / 1_000_000;
                removed += done.rows();
                count++;
                longest = Math.max(longest, took);
                if (done.last()) {
                    break;
                }
                from = done.reached();
                limit = size.next(limit, took);
                pause((long) (Math.max(took, 1) * pauseRatio));
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        } catch (RuntimeException failed) {
            failure = failed.toString();
            LOG.warning(() -> "housekeeping " + rule.name() + " stopped: " + failed);
        }
        long total = removed;
        int batchCount = count;
        LOG.info(() -> "housekeeping " + rule.name() + ": " + total + " row(s) older than " + cutoff + " removed in "
                + batchCount + " batch(es)");
        meters.add("paygrid.housekeeping.removed", removed, "rule", rule.name());
        return runs.record(new PurgeRun(rule.name(), cutoff, started, Instant.now(), removed, count, longest, failure,
                runBy));
    }

    private static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }
}
