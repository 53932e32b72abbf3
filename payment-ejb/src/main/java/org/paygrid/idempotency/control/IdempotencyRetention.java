package org.paygrid.idempotency.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import org.paygrid.idempotency.boundary.IdempotencyKeys;
import org.paygrid.shared.retention.OldestFirst;
import org.paygrid.shared.retention.TableRetention;

/**
 * Idempotency keys are remembered for the 15 days of contract section 6. One past them is already treated as new
 * by {@link IdempotencyKeys#claim}; removing it only keeps the table from growing forever.
 */
@ApplicationScoped
public class IdempotencyRetention extends TableRetention {

    private static final OldestFirst KEYS = OldestFirst.of("idm_idempotency_key", "scope, idem_key", "created_at");

    @Override
    protected OldestFirst records() {
        return KEYS;
    }

    @Override
    public String name() {
        return "idempotency-keys";
    }

    @Override
    public Period keptFor() {
        return Period.ofDays((int) IdempotencyKeys.RETENTION.toDays());
    }
}
