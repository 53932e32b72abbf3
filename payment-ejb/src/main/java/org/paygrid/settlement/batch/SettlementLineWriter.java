package org.paygrid.settlement.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Inserts a chunk of lines in one JDBC batch, in the chunk's transaction (with its checkpoint). A line whose
 * transaction is already settled is skipped by the unique key: replays and overlapping runs add nothing.
 */
@Named("settlementLineWriter")
@Dependent
public class SettlementLineWriter extends AbstractItemWriter {

    @Resource(lookup = "jdbc/paygrid")
    DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert ignore into stl_line (transaction_key, payment_key, order_id, merchant_id, mode, method,
                                                  amount, fee, vat, payout_amount, sold_date, payout_date, run_id)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Object item : items) {
                SettlementLine line = (SettlementLine) item;
                insert.setString(1, line.transactionKey());
                insert.setString(2, line.paymentKey());
                insert.setString(3, line.orderId());
                insert.setString(4, line.merchantId());
                insert.setString(5, line.mode());
                insert.setString(6, line.method());
                insert.setLong(7, line.amount());
                insert.setLong(8, line.fee());
                insert.setLong(9, line.vat());
                insert.setLong(10, line.payOutAmount());
                insert.setDate(11, Date.valueOf(line.soldDate()));
                insert.setDate(12, Date.valueOf(line.payoutDate()));
                insert.setLong(13, line.runId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
