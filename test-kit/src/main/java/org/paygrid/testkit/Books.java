package org.paygrid.testkit;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What must hold of the books whatever was done to the platform (a test class, a crash, a benchmark): every money
 * movement answered, and debits equal to credits. Read straight from the database, so that a check does not trust
 * the code it checks.
 */
public final class Books {

    private Books() {
    }

    /** The newest money movement's id so far (0 when there is none): see {@link #openMovementsUpTo}. */
    public static long lastMovement(Connection db) throws SQLException {
        return Sql.count(db, "select coalesce(max(id), 0) from pay_transaction");
    }

    /**
     * Money movements still waiting for the network's answer (PENDING) or with an unknown outcome (UNKNOWN), among
     * those up to {@code lastMovement}: what was open when a check began must be answered,
     * while work started since (tests running beside the one checked) may still be in flight.
     */
    public static long openMovementsUpTo(Connection db, long lastMovement) throws SQLException {
        return Sql.count(db, "select count(*) from pay_transaction where id <= ? and status in ('PENDING', 'UNKNOWN')",
                lastMovement);
    }

    /** Open movements of the payments whose order id starts with {@code orderPrefix} (one benchmark run's). */
    public static long openMovements(Connection db, String orderPrefix) throws SQLException {
        return Sql.count(db, "select count(*) from pay_transaction t join pay_payment p on p.payment_key = t.payment_key"
                + " where p.order_id like ? and t.status in ('PENDING', 'UNKNOWN')", orderPrefix + "%");
    }

    /** Debits minus credits over every posting of the ledger: zero when the books balance. */
    public static long ledgerImbalance(Connection db) throws SQLException {
        return Sql.count(db, "select coalesce(sum(case when side = 'DEBIT' then amount_minor else -amount_minor end), 0)"
                + " from ldg_posting");
    }
}
