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
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;
import org.paygrid.shared.persistence.SqlTime;

/**
 * Reads one partition of the work list in pages by number (an index range scan each), so no cursor is held
 * across chunk transactions; the checkpoint is the number of the last item handed out.
 */
@Named("settlementCandidateReader")
@Dependent
public class SettlementCandidateReader extends AbstractItemReader {

    static final int PAGE = 1000;

    @Inject
    @BatchProperty
    String runId;

    @Inject
    @BatchProperty
    String part;

    @Resource(lookup = "jdbc/paygrid")
    DataSource dataSource;

    private final Deque<Candidate> page = new ArrayDeque<>();
    private long lastSeq;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastSeq = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() throws Exception {
        if (page.isEmpty() && !exhausted) {
            fetch();
        }
        Candidate next = page.poll();
        if (next != null) {
            lastSeq = next.seq();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastSeq;
    }

    private void fetch() throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select seq, transaction_key, payment_key, order_id, merchant_id, mode, method, amount, sold_at
                     from stl_candidate where run_id = ? and part = ? and seq > ? order by seq limit ?""")) {
            select.setLong(1, Long.parseLong(runId));
            select.setInt(2, Integer.parseInt(part));
            select.setLong(3, lastSeq);
            select.setInt(4, PAGE);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    page.add(new Candidate(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getString(7), row.getLong(8),
                            SqlTime.instant(row.getTimestamp(9))));
                }
            }
        }
        exhausted = page.size() < PAGE;
    }
}
