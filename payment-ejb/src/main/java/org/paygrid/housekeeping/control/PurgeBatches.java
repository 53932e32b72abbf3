package org.paygrid.housekeeping.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import org.paygrid.shared.retention.Retention;
import org.paygrid.shared.retention.Retention.TimeRange;

/** One batch of one rule, in a transaction of its own: a crash loses at most the batch, which the next run redoes. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PurgeBatches {

    public record Done(TimeRange range, int removed) {
    }

    public Done next(Retention rule, Instant from, Instant cutoff, int limit) {
        TimeRange range = rule.nextBatch(from, cutoff, limit);
        return new Done(range, rule.purge(range));
    }
}
