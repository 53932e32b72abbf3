package org.paygrid.settlement.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.sql.DataSource;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.shared.Mode;
import org.paygrid.shared.money.Money;
import org.paygrid.shared.persistence.SqlTime;
import org.paygrid.shared.time.SeoulTime;

/**
 * Reads one partition's unsettled transactions of the business date (Asia/Seoul) from what payment publishes for
 * settlement (its {@code pay_settleable_sale} and {@code pay_settleable_cancel} views, V031: sales and booked cancels,
 * but none of a payment held for a fraud review): the sales of each of the partition's merchants (from an index that
 * holds all it reads of them), then the partition's booked cancels, then what a fraud review held on earlier dates
 * and staff cleared since ({@code pay_cleared_movement}, V032), whose payout counts from this run's date. A
 * transaction that already has a settlement line (looked up by the line's primary key) is not read, so a re-run or a
 * resumed run reads only what is left. Pages of {@link #PAGE}; the checkpoint is a {@link ReadPosition}, one chunk
 * behind the items handed out.
 */
@Named("settlementTransactionReader")
@Dependent
public class SettlementTransactionReader extends AbstractItemReader {

    static final int PAGE = 1000;
    /** The partition of a merchant; the same expression everywhere, so each merchant belongs to exactly one. */
    static final String PARTITION_OF_MERCHANT = "crc32(%s) %% ? = ?";
    /**
     * The transaction's settlement line, if any, by the line's primary key (its merchant, mode, sold date = the run's
     * date, transaction key); the queries keep the rows without one. An outer join, which MariaDB runs as one key
     * look-up per row, and not {@code not exists}, which it may materialise by scanning every line, per page (it did
     * so for prepared statements).
     */
    private static final String UNSETTLED = """
            left join stl_line l on l.merchant_id = s.merchant_id and l.mode = s.mode and l.sold_date = ?
              and l.transaction_key = s.transaction_key""";

    @Inject
    @BatchProperty
    String businessDate;

    @Inject
    @BatchProperty
    String part;

    @Inject
    @BatchProperty
    String partitions;

    @Resource(lookup = "jdbc/paygrid")
    DataSource dataSource;

    private record Positioned(Candidate candidate, ReadPosition after) {
    }

    private final Deque<Positioned> page = new ArrayDeque<>();
    private List<String> merchants;
    private Timestamp from;
    private Timestamp to;
    /** Every transaction the run reads was sold on the business date: its line's key starts with it. */
    private java.sql.Date soldDate;
    private ReadPosition handedOut;
    /** Where the previous chunk ended: all that a checkpoint claims (see {@link #checkpointInfo}). */
    private ReadPosition previousChunkEnd;
    private ReadPosition fetchFrom;
    /** Where {@code fetchFrom}'s merchant stands in {@code merchants} (-1: not found, then on to the cancels). */
    private int merchantIndex;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        LocalDate date = LocalDate.parse(businessDate);
        soldDate = java.sql.Date.valueOf(date);
        from = SqlTime.utc(SeoulTime.startOf(date));
        to = SqlTime.utc(SeoulTime.startOf(date.plusDays(1)));
        merchants = merchantsOfPartition();
        page.clear();   // opened again at the last checkpoint after a rolled-back chunk: what was fetched is stale
        handedOut = checkpoint != null ? (ReadPosition) checkpoint
                : merchants.isEmpty() ? ReadPosition.cancels() : ReadPosition.approvalsOf(merchants.get(0));
        fetchFrom = handedOut;
        previousChunkEnd = handedOut;
        merchantIndex = handedOut.phase() == ReadPosition.Phase.APPROVALS
                ? merchants.indexOf(handedOut.merchantId()) : -1;
    }

    @Override
    public Object readItem() throws Exception {
        while (page.isEmpty() && fetchFrom.phase() != ReadPosition.Phase.DONE) {
            fetch();
        }
        Positioned next = page.poll();
        if (next == null) {
            return null;
        }
        handedOut = next.after();
        return next.candidate();
    }

    /**
     * The position one chunk back. The batch runtime stores a chunk's checkpoint in its own repository (not in the
     * chunk's transaction) before it commits the chunk, so a crash in between leaves a checkpoint past lines that
     * were never committed, and a restart from it would never settle them. From one chunk back, a restart reads
     * the last chunk again: what of it was committed has lines and is not read, the rest is settled now.
     */
    @Override
    public Serializable checkpointInfo() {
        ReadPosition claimed = previousChunkEnd;
        previousChunkEnd = handedOut;
        return claimed;
    }

    private void fetch() throws Exception {
        if (fetchFrom.phase() == ReadPosition.Phase.APPROVALS) {
            int read = approvals(fetchFrom);
            if (read < PAGE) {
                merchantIndex++;
                fetchFrom = merchantIndex > 0 && merchantIndex < merchants.size()
                        ? ReadPosition.approvalsOf(merchants.get(merchantIndex)) : ReadPosition.cancels();
            }
        } else if (fetchFrom.phase() == ReadPosition.Phase.CANCELS) {
            int read = cancels(fetchFrom);
            if (read < PAGE) {
                fetchFrom = ReadPosition.late();
            }
        } else {
            int read = late(fetchFrom);
            if (read < PAGE) {
                fetchFrom = fetchFrom.done();
            }
        }
    }

    private int approvals(ReadPosition after) throws Exception {
        Timestamp afterTime = after.approvedAt() == null ? from : SqlTime.utc(after.approvedAt());
        String afterKey = after.paymentKey() == null ? "" : after.paymentKey();
        int read;
        try (Connection connection = dataSource.getConnection()) {
            // a merchant without any line of the date (the night's first run) needs no look-up per transaction
            boolean probe = hasLinesOfTheDate(connection, after.merchantId());
            try (PreparedStatement select = connection.prepareStatement("""
                     select s.payment_key, s.order_id, s.mode, s.method, s.amount, s.sold_at, s.transaction_key
                     from pay_settleable_sale s %s
                     where s.merchant_id = ? and s.sold_at >= ? and s.sold_at < ?
                       and (s.sold_at > ? or (s.sold_at = ? and s.payment_key > ?)) %s
                     order by s.sold_at, s.payment_key limit ?""".formatted(
                    probe ? UNSETTLED : "", probe ? "and l.transaction_key is null" : ""))) {
                read = approvalsPage(select, probe, after, afterTime, afterKey);
            }
        }
        return read;
    }

    private int approvalsPage(PreparedStatement select, boolean probe, ReadPosition after, Timestamp afterTime,
                              String afterKey) throws Exception {
        int read = 0;
        int p = 0;
        if (probe) {
            select.setDate(++p, soldDate);
        }
        select.setString(++p, after.merchantId());
        select.setTimestamp(++p, from);
        select.setTimestamp(++p, to);
        select.setTimestamp(++p, afterTime);
        select.setTimestamp(++p, afterTime);
        select.setString(++p, afterKey);
        select.setInt(++p, PAGE);
        try (ResultSet row = select.executeQuery()) {
            ReadPosition position = after;
            while (row.next()) {
                String paymentKey = row.getString(1);
                Instant approvedAt = SqlTime.instant(row.getTimestamp(6));
                position = position.afterApproval(approvedAt, paymentKey);
                page.add(new Positioned(new Candidate(row.getString(7), paymentKey, row.getString(2),
                        after.merchantId(), Mode.valueOf(row.getString(3)), PaymentMethod.valueOf(row.getString(4)),
                        Money.won(row.getLong(5)), approvedAt), position));
                read++;
            }
            if (read == PAGE) {
                fetchFrom = position;
            }
        }
        return read;
    }

    /**
     * Whether the merchant has a settlement line of the date in either mode: only then can one of its transactions
     * be settled already. A line another run writes after this check breaks the line's key on insert, and the
     * retried chunk asks again.
     */
    private boolean hasLinesOfTheDate(Connection connection, String merchantId) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(
                "select 1 from stl_line where merchant_id = ? and mode in ('TEST', 'LIVE') and sold_date = ? limit 1")) {
            select.setString(1, merchantId);
            select.setDate(2, soldDate);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private int cancels(ReadPosition after) throws Exception {
        int read = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select s.booking_seq, s.transaction_key, s.payment_key, s.order_id, s.merchant_id, s.mode,
                            s.method, s.amount, s.booked_at
                     from pay_settleable_cancel s %s
                     where s.booked_at >= ? and s.booked_at < ? and s.booking_seq > ? and %s
                       and l.transaction_key is null
                     order by s.booking_seq limit ?""".formatted(UNSETTLED, PARTITION_OF_MERCHANT.formatted("s.merchant_id")))) {
            select.setDate(1, soldDate);
            select.setTimestamp(2, from);
            select.setTimestamp(3, to);
            select.setLong(4, after.cancelId());
            select.setInt(5, Integer.parseInt(partitions));
            select.setInt(6, Integer.parseInt(part));
            select.setInt(7, PAGE);
            try (ResultSet row = select.executeQuery()) {
                ReadPosition position = after;
                while (row.next()) {
                    position = position.afterCancel(row.getLong(1));
                    page.add(new Positioned(movement(row, -1, null), position));
                    read++;
                }
                if (read == PAGE) {
                    fetchFrom = position;
                }
            }
        }
        return read;
    }

    /**
     * A movement as the cancel and late phases select it (seq, transaction key, payment key, order, merchant, mode,
     * method, amount, time): {@code sign} -1 for a cancel, which takes money back.
     */
    private static Candidate movement(ResultSet row, int sign, java.time.LocalDate payoutCountedFrom)
            throws java.sql.SQLException {
        return new Candidate(row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                Mode.valueOf(row.getString(6)), PaymentMethod.valueOf(row.getString(7)),
                Money.won(sign * row.getLong(8)), SqlTime.instant(row.getTimestamp(9)), payoutCountedFrom);
    }

    /**
     * The partition's movements sold before the run's date that a fraud review held from their own run and that were
     * cleared since, and that have no line yet: settled now, sold date unchanged, payout counted from this run's date.
     */
    private int late(ReadPosition after) throws Exception {
        int read = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select s.seq, s.transaction_key, s.payment_key, s.order_id, s.merchant_id, s.mode, s.method,
                            s.amount, s.sold_at
                     from pay_cleared_movement s
                       left join stl_line l on l.merchant_id = s.merchant_id and l.mode = s.mode
                        and l.sold_date = date(date_add(s.sold_at, interval 9 hour))
                        and l.transaction_key = s.transaction_key
                     where s.sold_at < ? and s.seq > ? and %s and l.transaction_key is null
                     order by s.seq limit ?""".formatted(PARTITION_OF_MERCHANT.formatted("s.merchant_id")))) {
            select.setTimestamp(1, from);
            select.setLong(2, after.cancelId());
            select.setInt(3, Integer.parseInt(partitions));
            select.setInt(4, Integer.parseInt(part));
            select.setInt(5, PAGE);
            try (ResultSet row = select.executeQuery()) {
                ReadPosition position = after;
                while (row.next()) {
                    position = position.afterLate(row.getLong(1));
                    page.add(new Positioned(movement(row, 1, soldDate.toLocalDate()), position));
                    read++;
                }
                if (read == PAGE) {
                    fetchFrom = position;
                }
            }
        }
        return read;
    }

    private List<String> merchantsOfPartition() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select merchant_id from mer_directory where "
                     + PARTITION_OF_MERCHANT.formatted("merchant_id") + " order by merchant_id")) {
            select.setInt(1, Integer.parseInt(partitions));
            select.setInt(2, Integer.parseInt(part));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
        }
        return ids;
    }
}
