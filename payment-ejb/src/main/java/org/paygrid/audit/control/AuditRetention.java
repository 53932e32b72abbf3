package org.paygrid.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import org.paygrid.shared.retention.OldestFirst;
import org.paygrid.shared.retention.TableRetention;

/**
 * The audit log of staff and merchant actions is kept 12 months. Its table refuses every other change: a trigger
 * lets a delete through only for an entry at least that old, so not even a hand-typed statement shortens it.
 */
@ApplicationScoped
public class AuditRetention extends TableRetention {

    private static final OldestFirst ENTRIES = OldestFirst.of("aud_audit_entry", "id", "occurred_at");

    @Override
    protected OldestFirst records() {
        return ENTRIES;
    }

    @Override
    public String name() {
        return "audit-log";
    }

    @Override
    public Period keptFor() {
        return Period.ofMonths(12);
    }
}
