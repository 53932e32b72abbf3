package org.paygrid.housekeeping.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import org.paygrid.shared.retention.OldestFirst;
import org.paygrid.shared.retention.TableRetention;

/** The housekeeping's own record: a row per rule and day, kept a year for the trend. */
@ApplicationScoped
public class PurgeRunRetention extends TableRetention {

    private static final OldestFirst RUNS = OldestFirst.of("hk_purge_run", "id", "started_at");

    @Override
    protected OldestFirst records() {
        return RUNS;
    }

    @Override
    public String name() {
        return "housekeeping-runs";
    }

    @Override
    public Period keptFor() {
        return Period.ofYears(1);
    }
}
