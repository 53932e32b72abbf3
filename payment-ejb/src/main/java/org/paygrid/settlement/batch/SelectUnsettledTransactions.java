package org.paygrid.settlement.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.paygrid.shared.time.ClockProducer;
import org.paygrid.shared.persistence.SqlTime;

/**
 * Writes the run's work list: every approval and cancel of the business date (Asia/Seoul) without a settlement
 * line yet, numbered within its merchant partition. One INSERT ... SELECT: the database does the selecting.
 */
@Named("selectUnsettledTransactions")
@Dependent
public class SelectUnsettledTransactions extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    @BatchProperty
    String businessDate;

    @Inject
    @BatchProperty
    String partitions;

    @Resource(lookup = "jdbc/paygrid")
    DataSource dataSource;

    @Override
    public String process() throws Exception {
        long run = Long.parseLong(runId);
        int parts = Integer.parseInt(partitions);
        LocalDate date = LocalDate.parse(businessDate);
        Timestamp from = SqlTime.utc(date.atStartOfDay(ClockProducer.SEOUL).toInstant());
        Timestamp to = SqlTime.utc(date.plusDays(1).atStartOfDay(ClockProducer.SEOUL).toInstant());
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement clear = connection.prepareStatement("delete from stl_candidate where run_id = ?")) {
                clear.setLong(1, run);
                clear.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    insert into stl_candidate (run_id, part, seq, transaction_key, payment_key, order_id, merchant_id,
                                               mode, method, amount, sold_at)
                    select ?, part, row_number() over (partition by part order by transaction_key), transaction_key,
                           payment_key, order_id, merchant_id, mode, method, amount, sold_at
                    from (
                        select concat('approval:', p.payment_key) transaction_key, p.payment_key, p.order_id,
                               p.merchant_id, p.mode, p.method, p.total_amount amount, p.approved_at sold_at,
                               crc32(p.merchant_id) % ? part
                        from pay_payment p
                        where p.approved_at >= ? and p.approved_at < ?
                          and p.status in ('DONE', 'PARTIAL_CANCELED', 'CANCELED')
                        union all
                        select c.transaction_key, c.payment_key, p.order_id, p.merchant_id, p.mode, p.method,
                               -c.cancel_amount, c.canceled_at, crc32(p.merchant_id) % ?
                        from pay_cancel c join pay_payment p on p.payment_key = c.payment_key
                        where c.canceled_at >= ? and c.canceled_at < ?
                    ) t
                    where not exists (select 1 from stl_line l where l.transaction_key = t.transaction_key)""")) {
                select.setLong(1, run);
                select.setInt(2, parts);
                select.setTimestamp(3, from);
                select.setTimestamp(4, to);
                select.setInt(5, parts);
                select.setTimestamp(6, from);
                select.setTimestamp(7, to);
                int selected = select.executeUpdate();
                try (PreparedStatement count = connection.prepareStatement(
                        "update stl_run set transactions = ? where id = ?")) {
                    count.setLong(1, selected);
                    count.setLong(2, run);
                    count.executeUpdate();
                }
            }
        }
        return "SELECTED";
    }
}
