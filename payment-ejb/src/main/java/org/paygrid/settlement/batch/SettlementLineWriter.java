package org.paygrid.settlement.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.paygrid.settlement.control.DayTotals;
import org.paygrid.shared.id.RandomTokens;

/**
 * Writes a chunk in its transaction (with its checkpoint): the lines in multi-row INSERTs, the chunk's own day
 * total rows (inserted, never updated: partitions running side by side take no locks on each other's totals),
 * and the run's count. A line whose transaction is already settled violates the line's primary key: the
 * chunk rolls back and is retried (see the job XML), and the reader no longer reads that transaction, so nothing
 * is written or counted twice even when two runs of one date overlap.
 */
@Named("settlementLineWriter")
@Dependent
public class SettlementLineWriter extends AbstractItemWriter {

    /** Rows per multi-row INSERT: one statement for the server to execute instead of 500 (its cost is per statement). */
    static final int ROWS_PER_INSERT = 500;
    private static final String INSERT_LINES = """
            insert into stl_line (transaction_key, payment_key, order_id, merchant_id, mode, method, amount, fee, vat,
                                  payout_amount, sold_date, payout_date, run_id) values """;
    private static final String LINE_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    @BatchProperty
    String runId;

    @Resource(lookup = "jdbc/paygrid")
    DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        DayTotals totals = new DayTotals();
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < items.size(); from += ROWS_PER_INSERT) {
                List<Object> rows = items.subList(from, Math.min(items.size(), from + ROWS_PER_INSERT));
                try (PreparedStatement insert = connection.prepareStatement(INSERT_LINES
                        + String.join(", ", Collections.nCopies(rows.size(), LINE_VALUES)))) {
                    int p = 0;
                    for (Object item : rows) {
                        SettlementLine line = (SettlementLine) item;
                        insert.setString(++p, line.transactionKey());
                        insert.setString(++p, line.paymentKey());
                        insert.setString(++p, line.orderId());
                        insert.setString(++p, line.merchantId());
                        insert.setString(++p, line.mode());
                        insert.setString(++p, line.method());
                        insert.setLong(++p, line.amount());
                        insert.setLong(++p, line.fee());
                        insert.setLong(++p, line.vat());
                        insert.setLong(++p, line.payOutAmount());
                        insert.setDate(++p, Date.valueOf(line.soldDate()));
                        insert.setDate(++p, Date.valueOf(line.payoutDate()));
                        insert.setLong(++p, line.runId());
                        totals.add(new DayTotals.Key(line.merchantId(), line.mode(), line.soldDate(),
                                line.payoutDate()), line.amount(), line.fee(), line.vat(), line.payOutAmount());
                    }
                    insert.executeUpdate();
                }
            }
            String chunkId = RandomTokens.prefixed("chk", 20);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into stl_day_total (merchant_id, mode, sold_date, payout_date, chunk_id, line_count,
                                               gross_amount, fee_amount, vat_amount, payout_amount, posted)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)""")) {
                for (Map.Entry<DayTotals.Key, DayTotals.Sum> total : totals.sums().entrySet()) {
                    DayTotals.Key key = total.getKey();
                    DayTotals.Sum sum = total.getValue();
                    insert.setString(1, key.merchantId());
                    insert.setString(2, key.mode());
                    insert.setDate(3, Date.valueOf(key.soldDate()));
                    insert.setDate(4, Date.valueOf(key.payoutDate()));
                    insert.setString(5, chunkId);
                    insert.setLong(6, sum.lines());
                    insert.setLong(7, sum.gross());
                    insert.setLong(8, sum.fee());
                    insert.setLong(9, sum.vat());
                    insert.setLong(10, sum.payout());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement count = connection.prepareStatement(
                    "update stl_run set transactions = transactions + ?, lines_written = lines_written + ? where id = ?")) {
                count.setLong(1, items.size());
                count.setLong(2, items.size());
                count.setLong(3, Long.parseLong(runId));
                count.executeUpdate();
            }
        }
    }
}
