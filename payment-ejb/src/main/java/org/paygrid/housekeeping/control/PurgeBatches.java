package org.paygrid.housekeeping.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.paygrid.shared.retention.Retention;

/**
 * One batch of one rule, in a transaction of its own: a crash loses at most the batch, which the next run redoes.
 * The transaction runs at READ COMMITTED, where InnoDB locks only the rows a delete removes: at MariaDB's default
 * REPEATABLE READ, deleting a payment's transactions through their {@code payment_key} index would also lock the
 * gaps next to them, where live approvals insert.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PurgeBatches {

    @PersistenceContext
    EntityManager em;

    public Retention.Purged next(Retention rule, Instant from, Instant cutoff, int limit) {
        // for this transaction only: it has not touched a table yet, and the level reverts at its commit
        em.createNativeQuery("set transaction isolation level read committed").executeUpdate();
        return rule.purgeOldest(from, cutoff, limit);
    }
}
